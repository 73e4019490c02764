// The sample article: every date the issue names, with its value against the publication date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesOf } from './util.js';

const text = readFileSync(new URL('../../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');

describe('the sample article', () => {
  const found = datesOf(text, '2025-06-06');
  const pairs = found.filter((d) => !d.anchor).map((d) => [d.text, d.value, d.mod]);

  it('resolves the dates of the body', () => {
    for (const want of [
      ['작년 9월', '2024-09', undefined],
      ['지난 3월', '2025-03', undefined],
      ['지난달', '2025-05', undefined],
      ['내년 초', '2026', 'START'],
      ['10월', '2025-10', undefined],
    ]) expect(pairs).toContainEqual(want);
  });

  it('reads every 4일 and 5일 of the captions and body', () => {
    expect(pairs.filter(([t]) => t === '4일').every(([, v]) => v === '2025-06-04')).toBe(true);
    expect(pairs.filter(([t]) => t === '5일').every(([, v]) => v === '2025-06-05')).toBe(true);
    expect(pairs.filter(([t]) => t === '4일' || t === '5일')).toHaveLength(8);
  });

  it('marks 당일 as an event word', () => {
    expect(found.find((d) => d.text === '당일')).toMatchObject({ anchor: 'event' });
  });

  it('gives exact offsets and sentence indexes', () => {
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.sentence).toBeGreaterThanOrEqual(0);
    }
  });
});
