// The first tests of the rules that take a name by the words around it (index.ts's byContext), read from
// two tables of bits by UTF-16 code built from the rules' own tables: a word's cues cost a few bytes of
// them, with no call and no string; most words have none and cost nothing more, and the others are
// looked at only by the rules they cue. A rule whose first test changes must change its cue here.
import { LINE_LAST_TWO } from './firm-before-title.js';
import { INTRODUCER_LAST, TOLD_AFTER_SPACE } from './introduced.js';
import { ORGAN_FIRST, ORGAN_SECOND } from './organs.js';
import { PLATFORM_FIRST, PLATFORM_SECOND } from './platform.js';
import { CLOSING_MARKS, OPENING_MARKS } from './scan.js';
import { SCHOOL_LAST } from './school.js';

// Bits of WORD, for characters of the word itself.
const OWN_START = 1; // 당 (당국) or a capital (letter firms)
const PLATFORM_1 = 2;
const PLATFORM_2 = 4;
const ORGAN_1 = 8;
const ORGAN_2 = 16;
const SCHOOL_END = 32;
const LINE_LAST = 64; // a line of business's last character (firm before a title)
const LINE_BEFORE_LAST = 128; // and the one before it
// Bits of AROUND, for characters beside the word.
const OPENING = 1;
const CLOSING = 2; // reported or relayed after it
const TOLD = 4; // after a space: 보도, 전했 or a date (reported or relayed)
const INTRODUCER_END = 8; // the last character of an introducing word before the space

const WORD = new Uint8Array(0x10000);
const AROUND = new Uint8Array(0x10000);
const DANG = '당'.charCodeAt(0);
const NEUN = '는'.charCodeAt(0);
const RA = '라'.charCodeAt(0);
for (let c = 0; c < 0x10000; c++) {
  const own = c === DANG || (c >= 65 && c <= 90);
  WORD[c] =
    (own ? OWN_START : 0) | (PLATFORM_FIRST[c] ? PLATFORM_1 : 0) | (PLATFORM_SECOND[c] ? PLATFORM_2 : 0) | (ORGAN_FIRST[c] ? ORGAN_1 : 0) |
    (ORGAN_SECOND[c] ? ORGAN_2 : 0) | (SCHOOL_LAST[c] ? SCHOOL_END : 0) | (LINE_LAST_TWO[c] & 1 ? LINE_LAST : 0) | (LINE_LAST_TWO[c] & 2 ? LINE_BEFORE_LAST : 0);
  AROUND[c] = (OPENING_MARKS[c] ? OPENING : 0) | (CLOSING_MARKS[c] ? CLOSING : 0) | (TOLD_AFTER_SPACE[c] ? TOLD : 0) | (INTRODUCER_LAST[c] ? INTRODUCER_END : 0);
}

/** text[i], or 0 outside the text: a read past either end (NaN) would slow every later test of the compiled code. */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

/** The rules of byContext, as bits of the cues a word has (see contextCues). */
export const Cue = {
  authority: 1,
  marks: 2,
  letter: 4,
  school: 8,
  platform: 16,
  headNote: 32,
  organ: 64,
  firm: 128,
  quoted: 256,
  called: 512,
  introduced: 1024,
} as const;

/**
 * The rules of byContext that may take the word text[start, end) (Cue bits; 0 for most words);
 * `marks`: the document has (주) marks.
 */
export function contextCues(text: string, start: number, end: number, marks: boolean): number {
  // Each character is read only when an earlier one leaves a rule possible: most words read four.
  let cues = marks ? Cue.marks : 0;
  const firstCode = text.charCodeAt(start);
  const first = WORD[firstCode];
  if ((first & (OWN_START | PLATFORM_1 | ORGAN_1)) !== 0) {
    if ((first & OWN_START) !== 0) cues |= firstCode === DANG ? Cue.authority : Cue.letter;
    const second = WORD[codeAt(text, start + 1)];
    if ((first & PLATFORM_1) !== 0 && (second & PLATFORM_2) !== 0) cues |= Cue.platform;
    if ((first & ORGAN_1) !== 0 && (second & ORGAN_2) !== 0) cues |= Cue.organ;
  }
  const lastCode = text.charCodeAt(end - 1);
  const last = WORD[lastCode];
  if ((last & SCHOOL_END) !== 0 && end - start >= 3) cues |= Cue.school;
  if (lastCode === NEUN && end - start >= 4 && text.charCodeAt(end - 2) === RA) cues |= Cue.called; // (이)라는
  const before = codeAt(text, start - 1);
  if (before === 0x20) {
    if ((AROUND[codeAt(text, start - 2)] & INTRODUCER_END) !== 0) cues |= Cue.introduced;
  } else if ((AROUND[before] & OPENING) !== 0) cues |= Cue.quoted | Cue.introduced;
  const after = codeAt(text, end);
  if (after === 0x20) {
    if ((AROUND[codeAt(text, end + 1)] & TOLD) !== 0) cues |= Cue.introduced;
    if (end - start >= 4 && (last & LINE_LAST) !== 0 && (WORD[text.charCodeAt(end - 2)] & LINE_BEFORE_LAST) !== 0) cues |= Cue.firm;
  } else if (after === 0x28) cues |= Cue.headNote;
  else if ((AROUND[after] & CLOSING) !== 0) cues |= Cue.introduced;
  return cues;
}
