// Character classes and word boundaries the place rules share.

export const isHangul = (ch: string | undefined): boolean => ch !== undefined && ch >= '가' && ch <= '힣';

/** Separators of a list of countries: 한·미·일, 한-미. */
export const isListSeparator = (ch: string | undefined): boolean => ch !== undefined && '·ㆍ・‧-'.includes(ch);

// Marks after which a new word begins; closing quotes and brackets are absent because particles attach
// to them (‘핵심이익’이란 is not 이란 the country).
const OPENERS = new Set([...'([{<“‘「『《〈【·ㆍ・‧,/-–—…:;!?.=~+*&|▲△■□●○◆◇▶▷☞※']);

/** True when a word may begin at `i`: after a space, an opening mark, or at the start of the text. */
export function atWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  if (/\s/.test(prev) || OPENERS.has(prev)) return true;
  // A straight quote opens when it follows a space or an opener, and closes when it follows a word.
  if (prev === '"' || prev === "'") return atWordStart(text, i - 1);
  return false;
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
