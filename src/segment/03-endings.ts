// Stage 3: sentence ends without punctuation: a word with a final ending (했다, 좋아요, 안좋아함,
// 않겠쥬) or closed by laughter (노래ㅠㅠ), followed by space. In a line that punctuates its plain
// `-다.` sentences (formal text), an unpunctuated plain `-다` is no end: there it is a name (글린다),
// a doubled verb or an embedded clause far more often than a missing full stop, unless a word that
// opens sentences follows (했다 그러나, openers.txt); polite endings (-니다, -요) still end
// sentences there, as blog lines greet without punctuation. A quotation closed before a speaker
// label (민수:"뭐해" 지은:"집이야") ends a turn, whatever its last word.
import { isJamo, isSpace } from './chars.js';
import { isFace } from './faces.js';
import { continues, endsWithFinal } from './final-endings.js';
import { isSpeakerLabel } from './labels.js';
import { opensSentence } from './openers.js';
import { pastTrailers } from './trail.js';

/** Appends, in order, the ends of words in [start, end) that close a sentence by their ending. */
export function endingBoundaries(text: string, start: number, end: number, informal: boolean, out: number[]): void {
  let wordStart = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (i > wordStart && endsHere(text, start, wordStart, i, end, informal)) {
      const at = pastTrailers(text, i, end, informal, false);
      out.push(at);
      i = at;
    }
    wordStart = i + 1;
  }
}

/** Does the word [wordStart, wordEnd), followed by space, end a sentence? Cheap tests first. */
function endsHere(text: string, start: number, wordStart: number, wordEnd: number, end: number, informal: boolean): boolean {
  const c = text.charCodeAt(wordEnd - 1);
  const quote = (c === 0x22 || c === 0x201d || c === 0x27 || c === 0x2019) && wordEnd - wordStart >= 2;
  const plainDa = !informal && isPlainDa(text, wordStart, wordEnd);
  // (a word of laughter alone, ㅋㅋㅋ or ^^, closes what precedes it, not a line it starts)
  const final =
    !plainDa && endsWithFinal(text, wordStart, wordEnd, informal) && !(wordStart === start && isLaughter(text, start, wordEnd));
  if (!final && !plainDa && !quote) return false;
  let next = wordEnd;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  if (next >= end) return false;
  if (final) return !continues(text, next, end);
  // a quotation closed before the next speaker's quoted turn (민수:"뭐해" 지은:"집")
  if (quote && isSpeakerLabel(text, next, end, true)) return !continues(text, next, end);
  return plainDa && opensSentence(text, next, end) && endsWithFinal(text, wordStart, wordEnd, informal);
}

/** Is the word all jamo (ㅋㅋㅋ, ㅠㅠ) or an emoticon (^^, -_-)? */
function isLaughter(text: string, start: number, end: number): boolean {
  if (isFace(text, start, end)) return true;
  for (let i = start; i < end; i++) if (!isJamo(text.charCodeAt(i))) return false;
  return true;
}

/** Does the word end in the plain declarative 다 (not the polite 니다)? */
function isPlainDa(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end - 1) === 0xb2e4 && !(end - 2 >= start && text.charCodeAt(end - 2) === 0xb2c8); // 다, 니
}
