// Whether a bare day or month is in the future: the first verb after it that shows a tense decides
// (15일 열릴 예정이다, 15일 개최한다 → future; 4일 접견했다 → past).
import { alternation, loadLexicon } from './lexicon.js';
import type { Direction } from './parsers/types.js';

/** How far after the date a tense cue is looked for, so that a long sentence costs no more than this. */
const WINDOW = 200;

/** Every Hangul syllable whose final consonant (받침) has index `final` (ㄴ 4, ㄹ 8, ㅆ 20), minus `except`. */
function syllablesEndingIn(final: number, except = ''): string {
  let out = '';
  for (let lead = 0; lead < 19 * 21; lead++) {
    const c = String.fromCharCode(0xac00 + lead * 28 + final);
    if (!except.includes(c)) out += c;
  }
  return `[${out}]`;
}

const N_FINAL = syllablesEndingIn(4);
const L_FINAL = syllablesEndingIn(8);
// 있다 is present ("there is"); 겠 marks the future.
const SS_FINAL = syllablesEndingIn(20, '있겠');

const HEDGE = alternation(loadLexicon('hedges.tsv').map((r) => r[0]));
const FUTURE = [
  alternation(loadLexicon('future-cues.tsv').map((r) => r[0])),
  '겠',
  // 할 것, 열릴 예정: the prospective ㄹ before 것 or a plan noun.
  `${L_FINAL} (?:것|예정|계획|방침|전망)`,
  // 개최한다, 열린다(고/며/는): the plain present of a verb, which news uses for scheduled events.
  `${N_FINAL}다(?:[^가-힣]|$|고|며|는|면서)`,
].join('|');

// Groups: 1 a hedge (skipped), 2 a future cue, 3 a past cue.
const CUE = new RegExp(`(${HEDGE})|(${FUTURE})|(${SS_FINAL})`, 'g');

/** A quotation mark: the words inside are someone else's, whose verbs do not date the reporter's day. */
const QUOTE_MARK = /["“”「」『』]/;

/**
 * The tense of the first verb after `from` (up to `to`, and up to a quotation mark) that shows one,
 * or null when none does.
 */
export function directionAfter(text: string, from: number, to: number): Direction | null {
  let window = text.slice(from, Math.min(to, from + WINDOW));
  const quote = window.search(QUOTE_MARK);
  if (quote >= 0) window = window.slice(0, quote);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(window); m; m = CUE.exec(window)) {
    if (m[2] !== undefined) return 'future';
    if (m[3] !== undefined) return 'past';
  }
  return null;
}
