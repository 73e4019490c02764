// Stage 3: sentence ends without punctuation: a word with a final ending (했다, 좋아요, 안좋아함,
// 않겠쥬) or closed by laughter (노래ㅠㅠ), followed by space, in informal text.
import { isJamo, isSpace } from './chars.js';
import { continues, endsWithFinal } from './final-endings.js';
import { pastTrailers } from './trail.js';

/** Appends, in order, the ends of words in [start, end) that close a sentence by their ending. */
export function endingBoundaries(text: string, start: number, end: number, informal: boolean, out: number[]): void {
  let wordStart = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    // (a word of laughter alone, ㅋㅋㅋ, closes what precedes it, not a line it starts)
    if (i > wordStart && endsWithFinal(text, wordStart, i, informal) && !(wordStart === start && isLaughter(text, start, i))) {
      let next = i;
      while (next < end && isSpace(text.charCodeAt(next))) next++;
      if (next < end && !continues(text, next, end)) {
        const at = pastTrailers(text, i, end, informal);
        out.push(at);
        i = at;
      }
    }
    wordStart = i + 1;
  }
}

/** Is the word all jamo (ㅋㅋㅋ, ㅠㅠ)? */
function isLaughter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isJamo(text.charCodeAt(i))) return false;
  return true;
}
