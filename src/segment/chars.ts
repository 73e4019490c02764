// Character classes the segment stages test one UTF-16 code unit at a time: one table look-up each.

const SPACE = 1;
const TERMINAL = 2;
const OPENER = 4;
const CLOSER = 8;
const TRAILER = 16;
const BANG = 32;
const EMOJI = 64;

const CLASS = new Uint8Array(65536);
const mark = (flag: number, chars: string): void => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] |= flag;
};
const markRange = (flag: number, from: number, to: number): void => {
  for (let c = from; c <= to; c++) CLASS[c] |= flag;
};

// White space exactly as JavaScript's \s and String.prototype.trim see it.
mark(SPACE, ' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff');
markRange(SPACE, 0x2000, 0x200a);
// Sentence-final punctuation: . ? ! … ‥ 。 ？ ！ ．
mark(TERMINAL, '.?!…‥。？！．');
mark(BANG, '?!？！');
// Quote marks and brackets. ASCII " and ' both open and close.
export const CLOSER_OF = new Map<number, number>(
  [
    ['“', '”'], ['‘', '’'], ['(', ')'], ['[', ']'], ['{', '}'], ['「', '」'], ['『', '』'], ['《', '》'],
    ['〈', '〉'], ['【', '】'], ['〔', '〕'], ['≪', '≫'], ['（', '）'], ['［', '］'], ['<', '>'], ['"', '"'], ["'", "'"],
  ].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
for (const [o, c] of CLOSER_OF) {
  CLASS[o] |= OPENER;
  CLASS[c] |= CLOSER;
}
// What may trail a sentence end, glued or as a token of its own: laughter and crying jamo
// (ㅋㅋ ㅎㅎ ㅠㅠ), emoticon strokes (^^ ;; ~), hearts, stars, symbols and emoji.
mark(TRAILER, '^;~～♡♥☆★\ufe0f');
markRange(TRAILER, 0x3131, 0x318e);
markRange(TRAILER, 0x2600, 0x27bf);
markRange(TRAILER, 0xd800, 0xdfff);
// Pictographic emoji (😍 ☀ ✨), which close an informal sentence; hearts and stars (엄마♡) may
// sit inside one, so they are only trailers.
markRange(EMOJI, 0x2600, 0x27bf);
markRange(EMOJI, 0xd800, 0xdfff);
for (const ch of '♡♥☆★') CLASS[ch.charCodeAt(0)] &= ~EMOJI;

export const isSpace = (c: number): boolean => (CLASS[c] & SPACE) !== 0;
export const isTerminal = (c: number): boolean => (CLASS[c] & TERMINAL) !== 0;
export const isQuestionOrBang = (c: number): boolean => (CLASS[c] & BANG) !== 0;
export const isOpener = (c: number): boolean => (CLASS[c] & OPENER) !== 0;
export const isCloser = (c: number): boolean => (CLASS[c] & CLOSER) !== 0;
export const isTrailer = (c: number): boolean => (CLASS[c] & TRAILER) !== 0;
export const isEmoji = (c: number): boolean => (CLASS[c] & EMOJI) !== 0;
/** Any quote mark or bracket, open or close: the only characters the quote stage looks at. */
export const isMark = (c: number): boolean => (CLASS[c] & (OPENER | CLOSER)) !== 0;

export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/** Compatibility jamo (ㄱ … ㅣ): ㅋㅋ, ㅠㅠ, ㄱㅡ. */
export const isJamo = (c: number): boolean => c >= 0x3131 && c <= 0x318e;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The final consonant (받침) of a Hangul syllable as a compatibility jamo code, or 0. */
const JONG = [0, ...[...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'].map((j) => j.charCodeAt(0))];
export function jong(c: number): number {
  return isHangulSyllable(c) ? JONG[(c - 0xac00) % 28] : 0;
}
