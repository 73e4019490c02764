// The sample article through the whole pipeline: every quote found, every speaker named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const text = readFileSync(new URL('../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');

describe('herald-2025-06-06', () => {
  const quotes = extract(text, { refDate: '2025-06-06' }).quotes.filter((q) => q.kind === 'direct');

  it('finds the fifteen quotes with exact offsets', () => {
    expect(quotes).toHaveLength(15);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('names 김정은, 노동신문 and 홍민 as the article does', () => {
    expect(quotes.map((q) => q.speaker?.name)).toEqual([
      '김정은',
      ...Array(3).fill('노동신문'),
      ...Array(8).fill('홍민'),
      ...Array(3).fill('김정은'),
    ]);
  });

  it('keeps speaker mentions exact', () => {
    for (const q of quotes) if (q.speaker?.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  });
});
