import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('numeric dates', () => {
  it('reads dotted, dashed and slashed full dates', () => {
    expectDates('입력 2018.05.22 (18:38)', [[3, '2018.05.22', '2018-05-22']]);
    expectDates('등록 2025-06-05 10:00', [[3, '2025-06-05', '2025-06-05']]);
    expectDates('작성일 2024/1/9', [[4, '2024/1/9', '2024-01-09']]);
  });

  it('reads the spaced form and leaves the final dot out', () => {
    expectDates('공고일: 2025. 6. 5. 오전', [[5, '2025. 6. 5', '2025-06-05']]);
  });

  it('needs no publication date', () => {
    expectDates('2025.6.5 발표', [[0, '2025.6.5', '2025-06-05']], null);
  });

  it('is not a version number, a URL path or a decimal', () => {
    expectNoDates('버전 2025.6.5.1 배포');
    expectNoDates('https://a.b/news/2025/06/06/x.html');
    expectNoDates('지수는 2025.61을 기록했다');
  });
});
