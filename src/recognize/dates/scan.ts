// One pass over the text with every parser's pattern joined into one regex; at each match the parser
// whose alternative matched (or, if it rejects the match, the next one that accepts) gives the parts.
import { PARSERS } from './parsers/index.js';
import type { Parsed } from './parsers/types.js';

export interface Found extends Parsed {
  /** Where the match starts (the expression itself may start later: see Parsed.skip). */
  start: number;
  end: number;
}

// Each parser's alternative is one capturing group, its named groups made non-capturing (captures slow
// the joint regex down); the parser's own sticky regex reads its groups at the match.
const OWN = PARSERS.map((p) => new RegExp(p.pattern, 'y'));
const FIRST_CHARS = [...new Set(PARSERS.flatMap((p) => [...p.firstChars]))].join('');
const ALTERNATIVES = PARSERS.map((p) => `(${p.pattern.replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})`).join('|');
// The lookahead lets the engine leave most positions after testing one character. One regex object
// serves every document: V8 compiles a regex to machine code only once it has run a while.
const RE = new RegExp(`(?=[${FIRST_CHARS}])(?:${ALTERNATIVES})`, 'g');

/** Every date expression the parsers find in `text`, in order, none overlapping. */
export function scan(text: string): Found[] {
  const out: Found[] = [];
  const re = RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let first = 1;
    while (m[first] === undefined) first++;
    const found = parseAt(text, m.index, first - 1);
    re.lastIndex = found ? found.end : m.index + 1;
    if (found) out.push(found);
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
    if (parsed) return { ...parsed, start: at, end: at + m![0].length };
  }
  return null;
}
