// Test helpers: the dates of an invented sentence, as [index, text, value, mod?] rows easy to read.
import { expect } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';
import { segment } from '../../../src/segment/index.js';
import type { DateItem } from '../../../src/types.js';

export type Row = [index: number, text: string, value: string | null, mod?: string];

export function datesOf(text: string, refDate: string | null = '2025-06-06'): DateItem[] {
  return findDates(segment(text), refDate);
}

/** Asserts the dates found in `text`: index, text, value and mod of each, and nothing else. */
export function expectDates(text: string, rows: Row[], refDate: string | null = '2025-06-06'): void {
  const found = datesOf(text, refDate);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  expect(found.map((d) => (d.mod ? [d.start, d.text, d.value, d.mod] : [d.start, d.text, d.value]))).toEqual(rows);
}

/** Asserts that nothing in `text` is taken for a date. */
export function expectNoDates(text: string, refDate: string | null = '2025-06-06'): void {
  expect(datesOf(text, refDate).map((d) => d.text)).toEqual([]);
}
