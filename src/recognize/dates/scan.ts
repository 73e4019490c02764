// One pass over the text with every parser's pattern joined into one regex; at each match the parser
// whose alternative matched (or, if it rejects the match, the next one that accepts) gives the parts.
import { PARSERS } from './parsers/index.js';
import type { Parsed, Parser } from './parsers/types.js';

export interface Found extends Parsed {
  parser: Parser;
  /** Where the match starts (the expression itself may start later: see Parsed.skip). */
  start: number;
  end: number;
}

// Each parser's alternative is one capturing group; its inner named groups become plain groups.
const COMBINED = PARSERS.map((p) => `(${p.pattern.replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})`).join('|');
const OWN = PARSERS.map((p) => new RegExp(p.pattern, 'y'));

export function* scan(text: string): Generator<Found> {
  const re = new RegExp(COMBINED, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let first = 1;
    while (m[first] === undefined) first++;
    const found = parseAt(text, m.index, first - 1);
    re.lastIndex = found ? found.end : m.index + 1;
    if (found) yield found;
  }
}

/** The first parser from `from` on whose pattern matches at `at` and accepts the match. */
function parseAt(text: string, at: number, from: number): Found | null {
  for (let i = from; i < PARSERS.length; i++) {
    const own = OWN[i];
    own.lastIndex = at;
    const m = own.exec(text);
    if (!m) continue;
    const parsed = PARSERS[i].extract(m.groups ?? {});
    if (parsed) return { ...parsed, parser: PARSERS[i], start: at, end: at + m[0].length };
  }
  return null;
}
