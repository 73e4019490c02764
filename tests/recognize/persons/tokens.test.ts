// The persons tokenizer: words found by a character scan and a table of distinct words must be exactly
// the runs the word pattern describes, with their analysis shared between repeats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/recognize/persons/tokens.js';
import { wordAt } from '../../../src/recognize/persons/word-table.js';
import { splitNoun } from '../../../src/recognize/persons/words.js';

const WORD = /[0-9]*[가-힣]+|[A-Za-z]+|[0-9]+/g;
const seg = (text: string) => ({ text, sentences: [], skip: [] });

describe('tokenize', () => {
  it('finds the runs of Hangul, Latin letters and digits, digits kept with the Hangul after them', () => {
    const tokens = tokenize(seg('김경화PD는 34명이 (G7) 9단독·12a'));
    expect(tokens.map((t) => t.text)).toEqual(['김경화', 'PD', '는', '34명이', 'G', '7', '9단독', '12', 'a']);
    expect(tokens.map((t) => t.joined)).toEqual([false, true, true, true, false, true, false, false, true]);
  });

  it('agrees with the word pattern on any text, offsets exact', () => {
    const alphabet = fc.constantFrom(...'김이민준가나 1234abAZ,.·\n(가힣'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const tokens = tokenize(seg(text));
        expect(tokens.map((t) => [t.start, t.text])).toEqual([...text.matchAll(WORD)].map((m) => [m.index, m[0]]));
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });

  it('leaves out exactly the words that touch a skipped range, whatever the ranges', () => {
    const alphabet = fc.constantFrom(...'김이민준 12ab,.('.split(''));
    const cuts = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }).map((c) => c.sort((x, y) => x - y));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), cuts, (text, c) => {
        // sorted, disjoint ranges from pairs of cut points
        const skip = [];
        for (let k = 0; k + 1 < c.length; k += 2) skip.push({ start: c[k], end: c[k + 1] });
        const words = [...text.matchAll(WORD)].filter((m) => !skip.some((r) => r.start < m.index + m[0].length && m.index < r.end));
        expect(tokenize({ text, sentences: [], skip }).map((t) => [t.start, t.text])).toEqual(words.map((m) => [m.index, m[0]]));
      }),
    );
  });

  it('analyses a word once: repeats share one analysis, the same as splitNoun', () => {
    const text = '홍민은 말했다. 홍민은 웃었다.';
    const sum = (word: string) => [...word].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
    const [a, b] = [wordAt(text, 0, 3, sum('홍민은')), wordAt(text, 9, 12, sum('홍민은'))];
    expect(a).toBe(b);
    expect([a.noun, a.particle]).toEqual(splitNoun('홍민은'));
  });
});
