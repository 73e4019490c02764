// One pass over the text with every parser's pattern joined into one regex; at each match the parser
// whose alternative matched (or, if it rejects the match, the next one that accepts) gives the parts.
import { PARSERS } from './parsers/index.js';
import { NUMBER_START, numberStartsAt, WORD_START, wordStartsAt } from './parsers/patterns.js';
import type { Parsed } from './parsers/types.js';

export interface Found extends Parsed {
  /** Where the match starts (the expression itself may start later: see Parsed.skip). */
  start: number;
  end: number;
}

// Each parser's alternative is one capturing group, its named groups made non-capturing (captures slow
// the joint regex down); the parser's own sticky regex reads its groups at the match.
const OWN = PARSERS.map((p) => new RegExp(p.pattern, 'y'));
const ALTERNATIVES = PARSERS.map((p) => `(${p.pattern.replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})`).join('|');
// Tried only where a date can start (see startsAt). One regex object serves every document: V8
// compiles a regex to machine code only once it has run a while.
const RE = new RegExp(`(?:${ALTERNATIVES})`, 'y');

const DIGITS = PARSERS.some((p) => p.starts.digits);
/**
 * What may follow the number a match starts with (년, 월, 일, a dash, …), by UTF-16 code: most numbers
 * (3명, 10%) are none, and the joint regex is not run there. All characters when a parser does not say.
 */
const AFTER_DIGITS = new Uint8Array(0x10000);
for (const { starts } of PARSERS) {
  if (!starts.digits) continue;
  if (starts.afterDigits === undefined) AFTER_DIGITS.fill(1);
  else for (const c of starts.afterDigits) AFTER_DIGITS[c.charCodeAt(0)] = 1;
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the number at `at` is followed by a character a date may go on with. */
function mayGoOnAfterNumber(text: string, at: number): boolean {
  let end = at + 1;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end < text.length && AFTER_DIGITS[text.charCodeAt(end)] === 1;
}
/**
 * The words a match can start with, by their first character: the characters that may come second (a
 * space inside a word is optional: 그 날, 그날), or null when a word is that character alone (올 3월).
 * Most words that start like a date word are none (이번, 전략): two characters rule them out.
 */
const SECOND = new Map<number, Set<number> | null>();
/** The same first characters as a table: the test runs at every character of the text. */
const FIRST = new Uint8Array(0x10000);
for (const word of PARSERS.flatMap((p) => p.starts.words)) {
  const first = word.charCodeAt(0);
  FIRST[first] = 1;
  if (word.length === 1 || SECOND.get(first) === null) {
    SECOND.set(first, null);
    continue;
  }
  const seconds = SECOND.get(first) ?? new Set<number>();
  for (const c of word[1] === ' ' ? ` \u00a0${word[2]}` : word[1]) seconds.add(c.charCodeAt(0));
  SECOND.set(first, seconds);
}

// Every pattern opens with NUMBER_START (digits) or WORD_START (words): the scanner tests them in code
// first, which skips most positions far faster than the regex engine's own search.
for (const p of PARSERS) {
  const opens = p.pattern.startsWith(NUMBER_START) ? p.pattern.slice(NUMBER_START.length) : p.starts.digits ? null : p.pattern;
  if (opens === null || (p.starts.words.length > 0 && !opens.startsWith(WORD_START))) throw new Error(`date pattern must open with NUMBER_START/WORD_START: ${p.pattern}`);
}

/** Whether a date may start at `at`: a digit that starts a number, or the first two characters of a word. */
function startsAt(text: string, at: number, c: number): boolean {
  if (isDigit(c)) return DIGITS && numberStartsAt(text, at) && mayGoOnAfterNumber(text, at);
  if (FIRST[c] !== 1 || !wordStartsAt(text, at)) return false;
  const seconds = SECOND.get(c)!;
  return seconds === null || seconds.has(text.charCodeAt(at + 1));
}

/** Every date expression the parsers find in `text`, in order, none overlapping. */
export function scan(text: string): Found[] {
  const out: Found[] = [];
  const re = RE;
  for (let at = 0; at < text.length; at++) {
    if (!startsAt(text, at, text.charCodeAt(at))) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    let first = 1;
    while (m[first] === undefined) first++;
    const found = parseAt(text, at, first - 1);
    if (found) {
      out.push(found);
      at = found.end - 1;
    }
  }
  return out;
}

/** The first parser from `from` on whose pattern matches at `at` and accepts the match. */
function parseAt(text: string, at: number, from: number): Found | null {
  for (let i = from; i < PARSERS.length; i++) {
    const own = OWN[i];
    own.lastIndex = at;
    const m = own.exec(text);
    const parsed = m && PARSERS[i].extract(m.groups ?? {});
    if (parsed) return { parts: parsed.parts, skip: parsed.skip, start: at, end: at + m![0].length };
  }
  return null;
}
