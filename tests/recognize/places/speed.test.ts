// The place rules are linear: adversarial text of about a megabyte takes well under a few seconds each.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/recognize/places/index.js';
import type { Segmented } from '../../../src/types.js';

const oneSentence = (text: string): Segmented => ({ text, sentences: [{ start: 0, end: text.length, text, kind: 'body' }], skip: [] });

describe('linear time', () => {
  it.each([
    ['one long word', '가'.repeat(1e6)],
    ['one long word ending in 카운티', '가'.repeat(1e6) + '카운티'],
    ['lists of divisions', '서울, '.repeat(2e5)],
    ['states after a country', '인도 가나다주와 '.repeat(1e5)],
    ['counties after a province', '함경북도 길주군 '.repeat(1e5)],
    ['parts of a country', '브라질 남부 '.repeat(1e5)],
  ])('%s', (_name, text) => {
    const t = performance.now();
    findPlaces(oneSentence(text));
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
