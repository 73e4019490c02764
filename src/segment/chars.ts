// Character classes the segment stages test one UTF-16 code unit at a time (no regex per character).

/** White space exactly as JavaScript's \s and String.prototype.trim see it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/** Compatibility jamo (ㄱ … ㅣ): ㅋㅋ, ㅠㅠ, ㄱㅡ. */
export const isJamo = (c: number): boolean => c >= 0x3131 && c <= 0x318e;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The final consonant (받침) of a Hangul syllable as a compatibility jamo, or '' (none, or not a syllable). */
const JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
export function jong(c: number): string {
  return isHangulSyllable(c) ? JONG[(c - 0xac00) % 28] : '';
}

// Sentence-final punctuation: . ? ! … ‥ 。 ？ ！ ．
const TERMINAL = new Set([0x2e, 0x3f, 0x21, 0x2026, 0x2025, 0x3002, 0xff1f, 0xff01, 0xff0e]);
export const isTerminal = (c: number): boolean => TERMINAL.has(c);
export const isQuestionOrBang = (c: number): boolean => c === 0x3f || c === 0x21 || c === 0xff1f || c === 0xff01;

/** Opening mark → its closing mark. ASCII " and ' open and close alike. */
export const CLOSER_OF = new Map<number, number>(
  [
    ['“', '”'], ['‘', '’'], ['(', ')'], ['[', ']'], ['{', '}'], ['「', '」'], ['『', '』'], ['《', '》'],
    ['〈', '〉'], ['【', '】'], ['〔', '〕'], ['≪', '≫'], ['（', '）'], ['［', '］'], ['<', '>'], ['"', '"'], ["'", "'"],
  ].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
const CLOSERS = new Set(CLOSER_OF.values());
export const isCloser = (c: number): boolean => CLOSERS.has(c);
export const isOpener = (c: number): boolean => CLOSER_OF.has(c);

/**
 * Characters that may trail a sentence end as a token of their own or glued to the last word:
 * laughter and crying jamo (ㅋㅋ ㅎㅎ ㅠㅠ), emoticon strokes (^^ ;; ~), hearts, stars, emoji.
 */
export function isTrailer(c: number): boolean {
  return (
    isJamo(c) || c === 0x5e || c === 0x3b || c === 0x7e || c === 0xff5e || c === 0x2661 || c === 0x2665 ||
    c === 0x2606 || c === 0x2605 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f
  );
}
