import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('month-led dates', () => {
  it('reads a month and day without a year against the publication date', () => {
    expectDates('6월 5일 만났다.', [[0, '6월 5일', '2025-06-05']]);
    expectDates('3월 방북 이후', [[0, '3월', '2025-03']]);
  });

  it('puts a past month of a later number in the year before', () => {
    expectDates('9월 방북했을 때', [[0, '9월', '2024-09']]);
  });

  it('reads 지난 and 오는 before a month', () => {
    expectDates('지난 3월 방북 이후', [[0, '지난 3월', '2025-03']]);
    expectDates('오는 10월 창건 80주년', [[3, '10월', '2025-10']]);
    expectDates('오는 3월 개학', [[3, '3월', '2026-03']]);
  });

  it('counts relative months', () => {
    expectDates('지난달 러시아를 찾았다.', [[0, '지난달', '2025-05']]);
    expectDates('지난달 27일 발표했다.', [[0, '지난달 27일', '2025-05-27']]);
    expectDates('이달 5일 시행', [[0, '이달 5일', '2025-06-05']]);
    expectDates('다음 달 1일부터', [[0, '다음 달 1일', '2025-07-01']]);
    expectDates('내달 초 발표', [[0, '내달 초', '2025-07', 'START']]);
    expectDates('이달 말 종료', [[0, '이달 말', '2025-06', 'END']]);
  });

  it('takes a verb that says future', () => {
    expectDates('12월 출시할 예정이다.', [[0, '12월', '2025-12']]);
  });

  it('leaves a span of months out, and a month inside a longer word', () => {
    expectNoDates('지난 8∼10월 점검했다.');
    expectNoDates('쎄씨 3월호를 통해');
    expectNoDates('6개월 동안');
  });
});
