// Character classes and word boundaries the place rules share. All compare UTF-16 codes: text[i]
// allocates a string for each Hangul character, and at several MB/s that garbage dominates.

/** Hangul syllables 가…힣. */
export const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Separators of a list of countries: 한·미·일 (· ㆍ ・ ‧), 한-미, also a soft hyphen (U+00AD). */
export const isListSeparator = (c: number): boolean =>
  c === 0xb7 || c === 0x318d || c === 0x30fb || c === 0x2027 || c === 0x2d || c === 0xad;

// Marks that close something: particles attach to them (‘핵심이익’이란 is not 이란 the country), so no
// word starts right after one.
const CLOSERS = new Set([...')]}>”’」』》〉】'].map((ch) => ch.charCodeAt(0)));
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SPACE = 0x20;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a word may begin at `i`: not right after a letter, a digit or a closing mark. */
export function atWordStart(text: string, i: number): boolean {
  // A straight quote closes when it follows a word ('이익'이란) and opens where a word may start.
  // Bounds checked before reading: a read before the text (NaN) deoptimizes the callers compiled with it.
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === QUOTE || text.charCodeAt(j) === APOSTROPHE)) j--;
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  if (c <= SPACE) return true; // spaces and line breaks, the usual case
  if (isHangul(c) || CLOSERS.has(c)) return false;
  return !WORD_CHAR.test(text[j]);
}

/** True when only spaces stand between `i` and a closing mark before it (“홀로 선 삶” 이란). */
export function afterClosingMark(text: string, i: number): boolean {
  let j = i - 1;
  while (text.charCodeAt(j) === SPACE) j--;
  const c = text.charCodeAt(j);
  return j < i - 1 && (CLOSERS.has(c) || c === QUOTE || c === APOSTROPHE);
}

/** The end of the run of Hangul syllables starting at `i`. */
export function hangulRunEnd(text: string, i: number): number {
  let j = i;
  while (isHangul(text.charCodeAt(j))) j++;
  return j;
}

/** Where the word after the spaces that follow `i` begins (관계 in `북러 관계`), or -1 when no space follows. */
export function nextWordStart(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === SPACE) j++;
  return j > i ? j : -1;
}
