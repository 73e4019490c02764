// Every pattern is linear: adversarial text of a megabyte takes well under a second each.
import { describe, expect, it } from 'vitest';
import { findDates, inferRefDate } from '../../../src/recognize/dates/index.js';
import type { Segmented } from '../../../src/types.js';

const oneSentence = (text: string): Segmented => ({ text, sentences: [{ start: 0, end: text.length, text, kind: 'body' }], skip: [] });

describe('linear time', () => {
  it.each([
    ['digits', '1'.repeat(1e6)],
    ['days', '1일'.repeat(3e5)],
    ['spaces after a dateline word', '입력' + ' '.repeat(1e6)],
    ['direction words', '지난 '.repeat(2e5)],
    ['dates and dashes', '2025년 6월 5일~'.repeat(5e4)],
    ['dots', '2025.'.repeat(2e5)],
    ['Hangul', '가'.repeat(1e6)],
    ['long sentence of bare days', ('가나다 '.repeat(50) + '7일 ').repeat(5e3)],
    ['a list of numbers with no day', '1, '.repeat(3e5)],
    ['relative days in one quotation', '“' + '오늘 '.repeat(2e5) + '”'],
    ['coming days and later days', '오는 9일 15일 '.repeat(5e4)],
  ])('%s', (_name, text) => {
    const t = performance.now();
    findDates(oneSentence(text), '2025-06-06');
    inferRefDate(oneSentence(text));
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
