// What may follow a sentence end and still belong to it: a token made only of emoticon strokes,
// laughter jamo and punctuation (`좋아요 ^^`, `다녀왔습니다 ㅎㅎ`, `포토존 !!`).
import { isSpace, isTerminal, isTrailer } from './chars.js';

/** Moves a boundary at `pos` past any trailer-only tokens that follow it before `end`. */
export function pastTrailers(text: string, pos: number, end: number): number {
  for (;;) {
    let q = pos;
    while (q < end && isSpace(text.charCodeAt(q))) q++;
    let r = q;
    while (r < end) {
      const c = text.charCodeAt(r);
      if (isSpace(c)) break;
      if (!isTrailer(c) && !isTerminal(c)) return pos;
      r++;
    }
    if (r === q) return pos;
    pos = r;
  }
}
