// Rule: a point of the compass fused before a country or a foreign place (동일본, 남인도양, 서베를린,
// 동예루살렘) names that part of it, a place of its own, named as written. The place after it must have
// two syllables at least: 서울 is not 서 and 울, nor 동아 동 and 아.
import { foundAt, type Found } from './found.js';
import { PLACES } from './lexicon.js';
import { placeRest } from './remainder.js';

export const DIRECTIONS = new Uint8Array(0x10000);
for (const ch of '동서남북') DIRECTIONS[ch.charCodeAt(0)] = 1;
const MIN_PLACE = 2;

export function findDirectional(text: string, start: number, runEnd: number): Found | null {
  if (DIRECTIONS[text.charCodeAt(start)] !== 1) return null;
  for (let m = PLACES.longestAt(text, start + 1); m && m.length >= MIN_PLACE; m = m.shorter) {
    const end = start + 1 + m.length;
    if ((m.kind !== 'country' && m.kind !== 'place') || m.names.length > 1 || !placeRest(text, end, runEnd)) continue;
    return foundAt(text, start, end, text.slice(start, end), 'direction');
  }
  return null;
}

const PART = '부'.charCodeAt(0);
const MIDDLE = '중'.charCodeAt(0);

/**
 * True when text[start, end) is a word for a part of a place (남부, 북동부, 중서부): between a country and
 * a state inside it (브라질 남부 X주), the state still belongs to the country.
 */
export function isCompassPart(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || text.charCodeAt(end - 1) !== PART) return false;
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (DIRECTIONS[c] !== 1 && !(c === MIDDLE && i === start)) return false;
  }
  return true;
}
