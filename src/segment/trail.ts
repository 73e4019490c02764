// What may follow a sentence end and still belong to it: a token made only of emoticon strokes,
// laughter jamo and punctuation (`좋아요 ^^`, `다녀왔습니다 ㅎㅎ`, `포토존 !!`), an ASCII emoticon
// (`고마워요 :)`), syllable laughter (`가져감 히`, `좋지요~ 하하`), hashtags in informal text
// (`다녀옴 #카페 #성수`), footnote marks glued to the end (`했다.[2]`), and a short parenthetical that
// is no sentence itself (`했다. (6회 우승)`).
import { isHangulSyllable, isLatin, isSpace, isTerminal, isTrailer } from './chars.js';
import { faceEnd, laughterEnd } from './faces.js';
import { endsWithFinal } from './final-endings.js';

/** Longest footnote mark or trailing parenthetical looked at, so each look is constant time. */
const ASIDE_MAX = 40;

/**
 * Moves a boundary at `pos` past whatever that follows it before `end` still belongs to its sentence.
 * `punctuated`: the end is a mark (했어요!!), after which laughter in syllables opens the next sentence
 * unless the line ends there; after an unpunctuated end it closes the sentence like ㅋㅋ (가져감 히).
 */
export function pastTrailers(text: string, pos: number, end: number, informal: boolean, punctuated: boolean): number {
  for (;;) {
    let q = pos;
    while (q < end && isSpace(text.charCodeAt(q))) q++;
    if (q >= end) return pos;
    const c = text.charCodeAt(q);
    const next =
      c === 0x5b && q === pos
        ? aside(text, q, end, 0x5d, informal)
        : c === 0x28
          ? aside(text, q, end, 0x29, informal)
          : c === 0x23 && informal
            ? hashtag(text, q, end)
            : trailerToken(text, q, end, punctuated);
    if (next <= q) return pos;
    pos = next;
  }
}

/** End of a token at `q` of trailer characters and punctuation, an emoticon or laughter, or `q`. */
function trailerToken(text: string, q: number, end: number, punctuated: boolean): number {
  const face = faceEnd(text, q, end);
  if (face > q) return face;
  const laugh = laughterEnd(text, q, end);
  if (laugh > q) return !punctuated || lastWord(text, laugh, end) ? laugh : q;
  let r = q;
  while (r < end) {
    const c = text.charCodeAt(r);
    if (isSpace(c)) break;
    if (!isTrailer(c) && !isTerminal(c)) return q;
    r++;
  }
  return r;
}

/** End of a hashtag at `q` (`#카페투어`: # then a letter, up to the next space), or `q`. */
function hashtag(text: string, q: number, end: number): number {
  const c = q + 1 < end ? text.charCodeAt(q + 1) : 0;
  if (!isHangulSyllable(c) && !isLatin(c)) return q;
  let r = q + 1;
  while (r < end && !isSpace(text.charCodeAt(r))) r++;
  return r;
}

/** Is there only space from `at` to `end`? */
function lastWord(text: string, at: number, end: number): boolean {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at >= end;
}

/**
 * End of a short bracketed aside at `q` (`[2]`, `[참고 3]`, `(6회 우승)`) that is followed by space
 * or the end and does not close a sentence of its own (`(…아닙니다..)` does), or `q`.
 */
function aside(text: string, q: number, end: number, closer: number, informal: boolean): number {
  const stop = Math.min(end, q + ASIDE_MAX);
  let r = q + 1;
  while (r < stop && text.charCodeAt(r) !== closer && text.charCodeAt(r) !== text.charCodeAt(q)) r++;
  if (r >= stop || text.charCodeAt(r) !== closer || r === q + 1) return q;
  // a footnote mark ([2], [참고 3], [*]) stays with the end it is glued to, whatever follows it
  if (closer === 0x5d && isFootnote(text, q + 1, r)) return r + 1;
  if (r + 1 < end && !isSpace(text.charCodeAt(r + 1)) && text.charCodeAt(r + 1) !== text.charCodeAt(q)) return q;
  const last = text.charCodeAt(r - 1);
  let w = r;
  while (w > q + 1 && !isSpace(text.charCodeAt(w - 1))) w--;
  if (isTerminal(last) || endsWithFinal(text, w, r, informal)) return q;
  return r + 1;
}

/** Short bracket content with a digit or an asterisk: a footnote number. */
function isFootnote(text: string, start: number, end: number): boolean {
  if (end - start > 8) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 0x2a) return true;
  }
  return false;
}
