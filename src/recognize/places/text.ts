// Character classes and word boundaries the place rules share.

export const isHangul = (ch: string | undefined): boolean => ch !== undefined && ch >= '가' && ch <= '힣';

/** Separators of a list of countries: 한·미·일, 한-미 (also with a soft hyphen, U+00AD). */
export const isListSeparator = (ch: string | undefined): boolean => ch !== undefined && '·ㆍ・‧-\u00ad'.includes(ch);

// Marks that close something: particles attach to them (‘핵심이익’이란 is not 이란 the country), so no
// word starts right after one.
const CLOSERS = new Set([...')]}>”’」』》〉】']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a word may begin at `i`: not right after a letter, a digit or a closing mark. */
export function atWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  if (WORD_CHAR.test(prev) || CLOSERS.has(prev)) return false;
  // A straight quote closes when it follows a word ('이익'이란) and opens where a word may start.
  if (prev === '"' || prev === "'") return atWordStart(text, i - 1);
  return true;
}

/** The end of the run of Hangul syllables starting at `i`. */
export function hangulRunEnd(text: string, i: number): number {
  let j = i;
  while (isHangul(text[j])) j++;
  return j;
}

/** The Hangul word after the spaces that follow `i` (관계 in `북러 관계`), or ''. */
export function nextWord(text: string, i: number): string {
  let j = i;
  while (text[j] === ' ') j++;
  return j > i ? text.slice(j, hangulRunEnd(text, j)) : '';
}
