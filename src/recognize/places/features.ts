// Rule: a word ending in the name of a kind of landform that only names one (시나이반도, 히말라야산맥,
// 호르무즈해협, 쿠릴열도, 칭짱고원, 볼가강) is that place, named as written. The kinds are read from
// data/landforms.txt; words such as 제도 (system) are too often ordinary to be there, and ordinary words
// that end in a landform (특강, 무인섬: data/landform-stops.txt) are not read as one.
import { SURNAMES } from '../persons/lexicon.js';
import { readSet, Stops } from './data.js';
import { foundAt, type Found } from './found.js';
import { placeRest } from './remainder.js';

const LANDFORMS = [...readSet('landforms.txt')];
const STOPS = new Stops('landform-stops.txt');
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11172;
/** Two Hangul syllables as one small integer (a Smi: no heap number per lookup). */
const pair = (a: number, b: number): number => (a - HANGUL_BASE) * HANGUL_COUNT + (b - HANGUL_BASE);
/**
 * Last characters of the landform words (2: one landform is that character alone), and their last two
 * as one number: two quick tests before comparing whole words, since 도, 원, 수, 장 end so many words.
 */
const LAST = new Uint8Array(0x10000);
/** Next-to-last characters of the longer landforms: a third quick test before the pair lookup. */
const NEXT_TO_LAST = new Uint8Array(0x10000);
const LAST_TWO = new Set<number>();
for (const l of LANDFORMS) {
  const last = l.charCodeAt(l.length - 1);
  if (l.length === 1) LAST[last] = 2;
  else {
    LAST[last] ||= 1;
    NEXT_TO_LAST[l.charCodeAt(l.length - 2)] = 1;
    LAST_TWO.add(pair(l.charCodeAt(l.length - 2), last));
  }
}
/** The landforms by their last character, longest first. */
const BY_LAST = new Map<number, string[]>();
for (const l of [...LANDFORMS].sort((a, b) => b.length - a.length)) {
  const last = l.charCodeAt(l.length - 1);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), l]);
}
const SURNAME_CODES = new Set([...SURNAMES].filter((s) => s.length === 1).map((s) => s.charCodeAt(0)));
// The name before the landform has two syllables at least: 과반도 is 과반 and 도, not a peninsula.
const MIN_STEM = 2;

const KANG = '강'.charCodeAt(0);
const UI = '의'.charCodeAt(0);
const DO = '도'.charCodeAt(0);

/** True when a landform of one syllable (강, 섬) ending at `end` is better read otherwise. */
function oneSyllableMisread(text: string, start: number, end: number): boolean {
  // 김태강, 이수섬: three syllables after a surname are a person's name more often than a river or island.
  if (end - start === 3 && SURNAME_CODES.has(text.charCodeAt(start))) return true;
  // 치료강의, 훈련강도: 강 and the next syllable are one word (lecture, strength), not a river and a particle.
  const next = text.charCodeAt(end);
  return (next === UI || next === DO) && text.charCodeAt(end - 1) === KANG;
}

/** The landform word ending at `end`, if any (no closures: this runs for many words). */
function landformAt(text: string, end: number): string | undefined {
  const code = text.charCodeAt(end - 1);
  const last = LAST[code];
  if (last === 0) return undefined;
  if (last === 1) {
    const before = text.charCodeAt(end - 2);
    if (NEXT_TO_LAST[before] !== 1 || !LAST_TWO.has(pair(before, code))) return undefined;
  }
  for (const l of BY_LAST.get(code)!) if (text.startsWith(l, end - l.length)) return l;
  return undefined;
}

export function findLandform(text: string, start: number, runEnd: number): Found | null {
  for (let end = runEnd; end >= start + MIN_STEM + 1; end--) {
    const kind = landformAt(text, end);
    if (kind === undefined || end - kind.length - start < MIN_STEM || !placeRest(text, end, runEnd)) continue;
    if (STOPS.endAt(text, start, end) || (kind.length === 1 && oneSyllableMisread(text, start, end))) continue;
    return foundAt(text, start, end, text.slice(start, end), 'landform');
  }
  return null;
}
