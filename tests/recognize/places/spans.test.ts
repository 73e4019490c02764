// Every mention's offsets are exact, on the sample article and on arbitrary text; the article's places.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/recognize/places/index.js';
import { segment } from '../../../src/segment/index.js';

const sample = readFileSync(new URL('../../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');

function checkSpans(text: string): void {
  for (const m of findPlaces(segment(text))) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.type).toBe('PLACE');
  }
}

describe('place spans', () => {
  it('finds the places of the sample article', () => {
    const names = new Set(findPlaces(segment(sample)).map((m) => m.name));
    expect([...names].sort()).toEqual(['러시아', '모스크바', '미국', '북한', '우크라이나', '일본', '중국', '평양', '한국', '한반도'].sort());
  });

  it('keeps offsets exact on arbitrary text', () => {
    const pieces = ['북러', '韓', '한·', '미', '중국', '에서', ' ', '·', '’', '이란', '서울', '강남구', '청담동', '대북', '"', '\n', '😀', 'A'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => checkSpans(parts.join(''))),
      { numRuns: 300 },
    );
    checkSpans(sample);
  });

  it('skips the ranges the segmenter marks as not prose', () => {
    const text = '서울 http://x.y/중국';
    const seg = { ...segment(text), skip: [{ start: 3, end: text.length }] };
    expect(findPlaces(seg).map((m) => m.text)).toEqual(['서울']);
  });
});
