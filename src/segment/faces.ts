// Tokens that close or trail an informal sentence without being words: ASCII emoticons (:) :D ^_^
// -_- T_T ;;) and laughter spelled in syllables (하하, 호호호, 크크, 킥킥), from general knowledge
// of online writing. Both are checked one code unit at a time against tables built here.
import { isSpace, isTerminal, isTrailer } from './chars.js';

const FACE_PART = new Uint8Array(128);
for (const ch of ':;=^_-~*\'`oOTDPpxXv03()<>|/\\.,') FACE_PART[ch.charCodeAt(0)] = 1;
for (const ch of ':;=^_') FACE_PART[ch.charCodeAt(0)] = 2; // eyes: a face needs one
const LAUGH = new Set([...'하호히헤흐후크키큭킥낄깔껄캬헿힣'].map((c) => c.charCodeAt(0)));

/** Is [start, end) an ASCII emoticon (two or more face characters, one of them an eye)? */
export function isFace(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let eyes = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const part = c < 128 ? FACE_PART[c] : isTrailer(c) ? 1 : 0; // ㅜ_ㅜ
    if (part === 0) return false;
    if (part === 2) eyes = true;
  }
  return eyes;
}

/** Characters an emoticon ends with: a mouth or an eye (not ~ . , which end words far more often). */
const FACE_END = new Uint8Array(128);
for (const ch of ')(DPpOoTX0^_-;=*/\\|<>3') FACE_END[ch.charCodeAt(0)] = 1;
/** Can `c` end an emoticon? */
export const mayEndFace = (c: number): boolean => c < 128 && FACE_END[c] === 1;

/** Longest emoticon looked at. */
const FACE_MAX = 8;

/** End of an ASCII emoticon at `q` followed by space or `end` (`:)`, `-_-`), or `q`. */
export function faceEnd(text: string, q: number, end: number): number {
  let r = q;
  while (r < end && r - q <= FACE_MAX && !isSpace(text.charCodeAt(r))) r++;
  return (r === end || isSpace(text.charCodeAt(r))) && isFace(text, q, r) ? r : q;
}

/** Start of an ASCII emoticon glued to the end of [start, end) (고마워요:) → :)), or `end`. */
export function faceStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && end - i < FACE_MAX) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128 || FACE_PART[c] === 0) break;
    i--;
  }
  return i < end && isFace(text, i, end) ? i : end;
}

/** Laughing syllables that are laughter even alone (히, 헤, 킥): no word is spelled so. */
const LAUGH_ALONE = new Set([...'히헤킥큭헿힣'].map((c) => c.charCodeAt(0)));

/**
 * End of syllable laughter at `q` followed by space or `end` (하하, 크크큭, 호호~, 히), or `q`: two
 * or more laughing syllables, the first two the same (하키 is no laughter), or one that laughs alone.
 */
export function laughterEnd(text: string, q: number, end: number): number {
  const c = text.charCodeAt(q);
  let r = q;
  if (LAUGH_ALONE.has(c)) r = q + 1;
  if (q + 1 < end && text.charCodeAt(q + 1) === c && LAUGH.has(c)) r = q + 2;
  if (r === q) return q;
  while (r < end && LAUGH.has(text.charCodeAt(r))) r++;
  while (r < end && (isTrailer(text.charCodeAt(r)) || isTerminal(text.charCodeAt(r)))) r++;
  return r === end || isSpace(text.charCodeAt(r)) ? r : q;
}
