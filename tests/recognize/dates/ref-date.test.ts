import { describe, expect, it } from 'vitest';
import { inferRefDate } from '../../../src/recognize/dates/index.js';
import { segment } from '../../../src/segment/index.js';

const ref = (text: string): string | null => inferRefDate(segment(text));

describe('inferRefDate', () => {
  it('reads a dateline', () => {
    expect(ref('제목\n입력 2018.05.22 (18:38)\n본문')).toBe('2018-05-22');
    expect(ref('기사입력 2025-06-06 10:00')).toBe('2025-06-06');
    expect(ref('승인 2019.04.09 14:30')).toBe('2019-04-09');
    expect(ref('등록 : 2019년 4월 9일')).toBe('2019-04-09');
  });

  it('prefers the first publication over an edit', () => {
    expect(ref('수정 2025-06-07 09:00 입력 2025-06-06 10:00')).toBe('2025-06-06');
    expect(ref('최종수정 2025-06-07 09:00')).toBe('2025-06-07');
  });

  it('reads a stamp: a date then a clock time', () => {
    expect(ref('본문입니다.\n2019.04.09 14:30\n')).toBe('2019-04-09');
    expect(ref('홍길동 기자I 2008.11.19 10:30:22')).toBe('2008-11-19');
    expect(ref('제목\n\n2019.02.25 오후 01:06\n본문')).toBe('2019-02-25');
    expect(ref('입력 | 2019-04-09 09:11:00')).toBe('2019-04-09');
  });

  it('reads a wire photo credit when nothing else gives the date', () => {
    expect(ref('답변하고 있다. 2020.10.16/뉴스1')).toBe('2020-10-16');
    expect(ref('답변하고 있다. 2025.10.29. kim@newsis.com')).toBe('2025-10-29');
  });

  it('is null without a dateline', () => {
    expect(ref('김 위원장이 4일 접견했다.')).toBeNull();
    expect(ref('2019.04.09 발표')).toBeNull();
    expect(ref('입력 2019.02.30 10:00')).toBeNull();
    expect(ref('![사진](https://a.b/news/2025/06/06/news-p.jpg)')).toBeNull();
  });
});
