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

/** The characters some parser's match can start with. */
const FIRST = new Uint8Array(0x10000);
for (const p of PARSERS) for (const c of p.firstChars) FIRST[c.charCodeAt(0)] = 1;

// Every pattern opens with NUMBER_START (digits) or WORD_START (words): the scanner tests them in code
// first, which skips most positions far faster than the regex engine's own search.
for (const p of PARSERS) {
  const digits = /[0-9]/.test(p.firstChars);
  const words = /[^0-9]/.test(p.firstChars);
  const opens = p.pattern.startsWith(NUMBER_START) ? p.pattern.slice(NUMBER_START.length) : digits ? null : p.pattern;
  if (opens === null || (words && !opens.startsWith(WORD_START))) throw new Error(`date pattern must open with NUMBER_START/WORD_START: ${p.pattern}`);
}

/** Whether a date may start at `at`: a digit that starts a number, or a letter that starts a word. */
function startsAt(text: string, at: number, c: number): boolean {
  return FIRST[c] === 1 && (c >= 0x30 && c <= 0x39 ? numberStartsAt(text, at) : wordStartsAt(text, at));
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
