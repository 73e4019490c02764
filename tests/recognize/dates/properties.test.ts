// On arbitrary text built from date-like pieces: exact offsets, order, no overlaps, well-formed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesOf } from './util.js';

const pieces = ['4일', '31일', '2025년', '6월', '12월', ' ', '지난', '오는', '지난달', '이달', '올해', '올', '내년', '작년', '초', '말',
  '중순', '오늘', '어제', '이날', '전날', '다음 날', '같은 달', '이듬해', '(24일)', '년대', '90', '2025.6.5', '.', '-', '~', '∼', '·',
  '에는', '부터', '간', '째', ' 동안', '했다', '할 예정', '한다', '“', '”', '\n', '가', '1', '0'];
const VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3})$/;

describe('properties', () => {
  it('gives exact, ordered, non-overlapping spans with TIMEX3 values', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom('2025-06-06', '2024-02-29', '2000-01-01', null), (parts, ref) => {
        const text = parts.join('');
        let last = 0;
        for (const d of datesOf(text, ref)) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          last = d.end;
          if (d.value !== null) expect(d.value).toMatch(VALUE);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
