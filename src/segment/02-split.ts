// Stage 2: sentence ends marked by punctuation: . ? ! … and their runs (?!, ..., .”), with the
// closing quotes, brackets and emoticons glued to them. A period after a number (3.5%, 2025.6.4.,
// 1.), an initial (Z.), a dotted abbreviation (U.S.) or a listed one (No., Mr.) ends nothing.
import { isCloser, isDigit, isHangulSyllable, isLatin, isOpener, isQuestionOrBang, isSpace, isTerminal, isTrailer } from './chars.js';
import { trailsOff } from './ellipsis.js';
import { continues, endsWithFinal } from './final-endings.js';
import { isSpeakerLabel } from './labels.js';
import { loadLexicon } from './lexicon.js';
import { pastTrailers } from './trail.js';

const ABBREVIATIONS = new Set(loadLexicon('abbreviations.txt'));
/**
 * Letters that number list items in Korean documents (가. 나. 다. …), as 1. 2. 3. do; the series stops
 * before 아, 자, 하, which are also interjections (아. 그렇구나, 자. 시작하자).
 */
const HANGUL_ITEM = new Set([...'가나다라마바사'].map((c) => c.charCodeAt(0)));
const ASCII_QUOTE = (c: number): boolean => c === 0x22 || c === 0x27;

/** Appends, in order, the sentence ends in [start, end) that punctuation marks. */
export function punctuationBoundaries(text: string, start: number, end: number, informalFrom: number, out: number[]): void {
  for (let i = start; i < end; i++) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    const runStart = i;
    const informal = runStart >= informalFrom;
    let dots = 0;
    let bang = false;
    let closed = false;
    let j = i;
    for (; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x2e || c === 0xff0e || c === 0x3002) dots++;
      else if (c === 0x2026 || c === 0x2025) dots += 3;
      else if (isQuestionOrBang(c)) bang = true;
      else if (isCloser(c) && !isOpener(c)) closed = true;
      else if (ASCII_QUOTE(c)) {
        // a " or ' right after the punctuation closes a quote only when no word follows it directly
        if (j + 1 < end && !isSpace(text.charCodeAt(j + 1)) && !isTerminal(text.charCodeAt(j + 1))) break;
        closed = true;
      } else if (!isTrailer(c)) break;
    }
    i = j - 1;
    const runEnd = j;
    if (j < end && text.charCodeAt(j) === 0x5b) j = pastTrailers(text, j, end, informal, true); // footnote marks: 했다.[2]
    if (j >= end) continue; // the region's end is a boundary anyway
    const next = text.charCodeAt(j);
    const ellipsis = dots >= 2 || text.charCodeAt(runStart) === 0x2026 || text.charCodeAt(runStart) === 0x2025;
    if (isSpace(next)) {
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      const soft = bang || ellipsis || closed;
      if (soft && k < end && continues(text, k, end)) continue;
      // an ellipsis ends a sentence only after a final ending (그런데..... 양이.... no; 좋겠다...... yes)
      // or at the end of a quotation (원빈:"..." 동원:)
      // or before a speaker label (아 미안 착각해서... 민수 : 응)
      // or, in informal text, after a word complete in itself and typed dots (개뿔... 너나, 비추.. 시간;
      // the typeset … separates the clauses of a headline: 인대 파열… 구단 비상)
      if (ellipsis && !bang && !closed) {
        const w = wordStart(text, runStart, start);
        const typed = informal && text.charCodeAt(runStart) === 0x2e;
        const ends =
          endsWithFinal(text, w, runStart, informal) || isSpeakerLabel(text, k, end, false) || (typed && trailsOff(text, w, runStart));
        if (!ends) continue;
      }
      if (!ellipsis && !bang && !periodEnds(text, runStart, start)) continue;
      if (closed && inWordAside(text, runStart, start)) continue; // 곳이라면 (가능한!) 어디든
      const at = pastTrailers(text, j, end, informal, true);
      out.push(at);
      i = at - 1;
    } else if (!closed && !ellipsis && (isHangulSyllable(next) || isOpener(next)) && runEnd - runStart === 1) {
      // a missing space: 했다.그러자, 뭐지?하고 — only after a final ending
      const w = wordStart(text, runStart, start);
      if (endsWithFinal(text, w, runStart, informal) && !continues(text, j, end)) out.push(j);
    }
  }
}

/** Is the punctuation at `at` inside a one-word parenthetical, `(가능한!)`, `(?)`, `(웃음!)`? */
function inWordAside(text: string, at: number, start: number): boolean {
  for (let i = at - 1; i >= start && at - i <= MAX_WORD; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28) return true;
    if (isSpace(c)) return false;
  }
  return false;
}

/** Does the single period at `dot` end a sentence, judging by the word before it? */
function periodEnds(text: string, dot: number, start: number): boolean {
  const prev = dot > start ? text.charCodeAt(dot - 1) : 0;
  if (isDigit(prev)) return false;
  if (dot - start === 1 && HANGUL_ITEM.has(prev)) return false; // a list item: 가. 신청 기간, 나. 방법
  if (!isLatin(prev)) return true;
  const w = wordStart(text, dot, start);
  let letters = 0;
  for (let i = w; i < dot; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) return false; // U.S., a.m.
    if (isLatin(c)) letters++;
  }
  if (letters < 2) return false; // an initial: 아드난 Z. 아민
  // only the Latin letters right before the dot: 'Mr' in '(Mr'
  let s = dot;
  while (s > w && isLatin(text.charCodeAt(s - 1))) s--;
  return !ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

/** Longest word looked at: keeps the backward scans constant-time on text without spaces. */
const MAX_WORD = 32;

/** Start of the word that ends at `end` (after the last white space at or after `start`). */
function wordStart(text: string, end: number, start: number): number {
  const stop = Math.max(start, end - MAX_WORD);
  let i = end;
  while (i > stop && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
