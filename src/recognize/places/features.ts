// Rule: a word ending in the name of a kind of landform that only names one (시나이반도, 히말라야산맥,
// 호르무즈해협, 쿠릴열도, 칭짱고원) is that place, named as written. The kinds are read from
// data/landforms.txt; words such as 제도 (system) or 강 (strong) are too often ordinary to be there.
import type { Mention } from '../../types.js';
import { readSet } from './data.js';
import { addMentions, type Found } from './found.js';
import { placeRest } from './remainder.js';

const LANDFORMS = [...readSet('landforms.txt')];
/**
 * Last characters of the landform words (2: the word is that character alone), and their last two as
 * one number: two quick tests before comparing whole words, since 도, 원, 지 end so many words.
 */
const LAST = new Uint8Array(0x10000);
const LAST_TWO = new Set<number>();
for (const l of LANDFORMS) {
  const last = l.charCodeAt(l.length - 1);
  if (l.length === 1) LAST[last] = 2;
  else {
    LAST[last] ||= 1;
    LAST_TWO.add(l.charCodeAt(l.length - 2) * 0x10000 + last);
  }
}
// The name before the landform has two syllables at least: 과반도 is 과반 and 도, not a peninsula.
const MIN_STEM = 2;

export function findLandform(text: string, start: number, runEnd: number): Found | null {
  for (let end = runEnd; end >= start + MIN_STEM + 2; end--) {
    const last = LAST[text.charCodeAt(end - 1)];
    if (last === 0 || (last === 1 && !LAST_TWO.has(text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1)))) continue;
    const kind = LANDFORMS.find((l) => text.startsWith(l, end - l.length));
    if (!kind || end - kind.length - start < MIN_STEM || !placeRest(text, end, runEnd)) continue;
    const mentions: Mention[] = [];
    addMentions(mentions, text, start, end, text.slice(start, end), 'landform');
    return { mentions, next: end };
  }
  return null;
}
