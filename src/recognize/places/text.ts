// Character classes and word boundaries the place rules share.

/** Hangul syllables 가…힣 (UTF-16 code): the rules compare codes, since text[i] allocates a string. */
export const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

const SEPARATORS = new Set([...'·ㆍ・‧-\u00ad'].map((ch) => ch.charCodeAt(0)));

/** Separators of a list of countries (UTF-16 code): 한·미·일, 한-미, also a soft hyphen (U+00AD). */
export const isListSeparator = (c: number): boolean => SEPARATORS.has(c);

// Marks that close something: particles attach to them (‘핵심이익’이란 is not 이란 the country), so no
// word starts right after one.
const CLOSERS = new Set([...')]}>”’」』》〉】']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a word may begin at `i`: not right after a letter, a digit or a closing mark. */
export function atWordStart(text: string, i: number): boolean {
  // A straight quote closes when it follows a word ('이익'이란) and opens where a word may start.
  let j = i - 1;
  while (text[j] === '"' || text[j] === "'") j--;
  if (j < 0) return true;
  if (isHangul(text.charCodeAt(j))) return false;
  const prev = text[j];
  return !WORD_CHAR.test(prev) && !CLOSERS.has(prev);
}

/** True when only spaces stand between `i` and a closing mark before it (“홀로 선 삶” 이란). */
export function afterClosingMark(text: string, i: number): boolean {
  let j = i - 1;
  while (text[j] === ' ') j--;
  return j < i - 1 && (CLOSERS.has(text[j]) || text[j] === '"' || text[j] === "'");
}

/** The end of the run of Hangul syllables starting at `i`. */
export function hangulRunEnd(text: string, i: number): number {
  let j = i;
  while (isHangul(text.charCodeAt(j))) j++;
  return j;
}

/** The Hangul word after the spaces that follow `i` (관계 in `북러 관계`), or ''. */
export function nextWord(text: string, i: number): string {
  let j = i;
  while (text[j] === ' ') j++;
  return j > i ? text.slice(j, hangulRunEnd(text, j)) : '';
}
