// Stage 3: sentence ends without punctuation: a word with a final ending (했다, 좋아요, 안좋아함,
// 않겠쥬), closed by laughter (노래ㅠㅠ) or, in informal text, a bound noun after an adnominal word
// (갈 듯, 맑아지는 느낌: nominal-ends.ts), followed by space. In a line that punctuates its plain
// `-다.` sentences, an unpunctuated plain `-다` is no end: there it is a name (글린다), a doubled verb
// or an embedded clause far more often than a missing full stop, unless a word that opens sentences
// follows (했다 그러나, openers.txt). Up to the line's last `다.` the text is formal: polite endings
// (-니다, -요) end sentences there, as blog lines greet without punctuation, but informal ones do not;
// after it, where blogs and comments run on unpunctuated (다녀왔다. 맛있었어 또 갈게), they do. A quotation closed before a speaker
// label (민수:"뭐해" 지은:"집이야") ends a turn, whatever its last word. In informal text a word that is
// only weakly final (the 해체 -어 of any predicate, -지/-야/-네 on unlisted words, 하는 중: weak-finals.ts,
// nominal-ends.ts) ends a sentence before a word that opens one (clause-openers.txt: 근데, 나는, 왜).
import { isJamo, isSpace, isTerminal } from './chars.js';
import { isFace } from './faces.js';
import { continues, endsWithFinal } from './final-endings.js';
import { isSpeakerLabel, labelAt, opensTurn } from './labels.js';
import { isNominalEnd } from './nominal-ends.js';
import { opensClause, opensSentence } from './openers.js';
import { pastTrailers } from './trail.js';
import { endsPolite, isBanmal, isWeakFinal } from './weak-finals.js';

/** Appends, in order, the ends of words in [start, end) that close a sentence by their ending. */
export function endingBoundaries(
  text: string,
  start: number,
  end: number,
  informalFrom: number,
  headline: boolean,
  out: number[],
): void {
  let wordStart = start;
  let prevEnd = -1; // end of the word before this one
  const punctuatesDa = informalFrom > start; // the line has a `다.`
  const firstLabel = labelAt(text, start, end); // a chat log run together: 민수: 어디야 지은: 집
  // 반말 -어 in a polite line or a headline is a connective: 먹고 싶어 집에 …, 배 아파 병원 찾은 환자
  const demote = headline || endsPolite(text, start, end);
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (i > wordStart && firstLabel > 0 && wordStart > firstLabel && i + 1 < end && opensTurn(text, i + 1, end, start, firstLabel)) {
      out.push(i);
      wordStart = i + 1;
      continue;
    }
    if (i > wordStart) {
      const informal = wordStart >= informalFrom;
      // (a word of laughter alone, ㅋㅋㅋ or ^^, closes what precedes it, not a line it starts)
      const plainDa = punctuatesDa && isPlainDa(text, wordStart, i);
      const ends =
        (!plainDa && endsWithFinal(text, wordStart, i, informal) && !(wordStart === start && isLaughter(text, start, i))) ||
        (informal && isNominalEnd(text, wordStart, i, prevEnd));
      // the rarer readings in a function of their own, so that this hot loop stays small
      const kind =
        informal || isAsideClose(text.charCodeAt(i - 1))
          ? reread(text, wordStart, i, start, prevEnd, ends, informal, plainDa, punctuatesDa, demote, out)
          : ends
            ? FINAL
            : NONE;
      const final = kind === FINAL;
      const weak = kind === WEAK;
      prevEnd = i;
      const candidate = final || plainDa || weak || isClosingQuote(text.charCodeAt(i - 1));
      if (candidate && endsBefore(text, wordStart, i, end, informal, final, weak)) {
        const at = pastTrailers(text, i, end, informal, false);
        out.push(at);
        i = at;
      }
    }
    wordStart = i + 1;
  }
}

const NONE = 0;
const FINAL = 1;
const WEAK = 2;

/**
 * The word [wordStart, wordEnd) read again in informal text or after an aside: FINAL, WEAK or NONE.
 * An aside with a space in it after a final word ends like that word (놀랐어요(일동 웃음)); a 해체 -어 in a
 * `demote` line (polite, a headline) and a weakly final word (깨워, 없어, 싸는 중) are WEAK, except as the
 * first word of a sentence, where vocatives stand (민정아).
 */
function reread(
  text: string,
  wordStart: number,
  wordEnd: number,
  start: number,
  prevEnd: number,
  ends: boolean,
  informal: boolean,
  plainDa: boolean,
  punctuatesDa: boolean,
  demote: boolean,
  out: number[],
): number {
  if (!ends && isAsideClose(text.charCodeAt(wordEnd - 1))) ends = closesFinalAside(text, wordStart, wordEnd, start, informal, punctuatesDa);
  const demoted = ends && demote && informal && isBanmal(text, wordStart, wordEnd);
  if (ends && !demoted) return FINAL;
  if (!informal || plainDa) return NONE;
  if (!demoted && !isWeakFinal(text, wordStart, wordEnd) && !isNominalEnd(text, wordStart, wordEnd, prevEnd, true)) return NONE;
  const opening = prevEnd < 0 || (out.length > 0 && out[out.length - 1] >= prevEnd);
  return opening ? NONE : WEAK;
}

const isClosingQuote = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x27 || c === 0x2019;

/** Does the quoted turn closing at `close` end in ? ! . or a final ending ("밥 먹었어?", "그럼 같이 먹자")? */
function turnEnds(text: string, close: number): boolean {
  const c = text.charCodeAt(close - 1);
  if (isTerminal(c)) return true;
  let w = close;
  while (w > 0 && close - w < 32 && !isSpace(text.charCodeAt(w - 1)) && !isOpenQuote(text.charCodeAt(w - 1))) w--;
  return w < close && endsWithFinal(text, w, close, true);
}

const isOpenQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x27 || c === 0x2018;

/** Does a quotation open at `at`: “ or ‘, or a straight " followed by a letter? */
function opensQuote(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x201c) return true;
  return c === 0x22 && at + 1 < end && !isSpace(text.charCodeAt(at + 1));
}

/**
 * Given the word [wordStart, wordEnd) that has a final ending (`final`), is a plain -다 in a formal
 * line or closes a quotation, and space after it: does the sentence end there, judging by what follows?
 */
function endsBefore(
  text: string,
  wordStart: number,
  wordEnd: number,
  end: number,
  informal: boolean,
  final: boolean,
  weak: boolean,
): boolean {
  let next = wordEnd;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  if (next >= end) return false;
  if (final) return !continues(text, next, end);
  if (weak) return opensClause(text, next, end) && !continues(text, next, end);
  // a quotation closed before the next speaker's quoted turn (민수:"뭐해" 지은:"집") or before another
  // quotation ("밥 먹었어?" "아니 아직")
  if (isClosingQuote(text.charCodeAt(wordEnd - 1)))
    return wordEnd - wordStart >= 2 && ((informal && turnEnds(text, wordEnd - 1) && opensQuote(text, next, end)) || (isSpeakerLabel(text, next, end, true) && !continues(text, next, end)));
  return opensSentence(text, next, end) && endsWithFinal(text, wordStart, wordEnd, informal);
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

const isAsideClose = (c: number): boolean => c === 0x29 || c === 0x5d;

/** Longest aside looked back over: keeps the look constant-time. */
const ASIDE_MAX = 40;

/**
 * Does the word [wordStart, end) close an aside with a space in it, `(일동 웃음)`, `[사진 첨부]`, that
 * follows a word with a final ending, glued or not (놀랐어요(일동 웃음), 좋았어요 (관객 웃음))? The
 * aside then trails that end. (An aside without a space is looked through by endsWithFinal.)
 */
function closesAside(text: string, wordStart: number, end: number, start: number): number {
  const close = text.charCodeAt(end - 1);
  const open = close === 0x29 ? 0x28 : close === 0x5d ? 0x5b : 0;
  if (open === 0) return -1;
  for (let i = end - 2; i >= start && end - i <= ASIDE_MAX; i--) {
    const c = text.charCodeAt(i);
    if (c === open) return i < wordStart ? i : -1;
    if (c === close) return -1;
  }
  return -1;
}

/** …and is that word final (a plain -다 not, in a line that punctuates its -다 sentences)? */
function closesFinalAside(text: string, wordStart: number, end: number, start: number, informal: boolean, punctuatesDa: boolean): boolean {
  let o = closesAside(text, wordStart, end, start);
  if (o < 0) return false;
  while (o > start && isSpace(text.charCodeAt(o - 1))) o--;
  let w = o;
  while (w > start && o - w < ASIDE_MAX && !isSpace(text.charCodeAt(w - 1))) w--;
  return w < o && !(punctuatesDa && isPlainDa(text, w, o)) && endsWithFinal(text, w, o, informal);
}
