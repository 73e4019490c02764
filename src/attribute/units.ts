// Sentences for attribution: each line cut at . ? ! that stand outside quotation marks, so a quote of
// several sentences stays inside one unit with its reporting verb; and after a quote that ends a
// sentence of its own (“….” then a space). (The segment stage's sentences give
// each quote its `sentence` index; these units only bound the search for a speaker.)
import type { MarkedQuote } from './quotes/spans.js';
import { isSpace } from './words.js';

/** Where a unit may end: a newline, . ? or ! (searched natively: they are few, the other characters many). */
const CUTS = /[\n.?!]/g;

const isLetter = (c: number): boolean => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export interface Unit {
  start: number;
  end: number;
  /** Indexes into the quote list, in text order. */
  quotes: number[];
}

export function clauseUnits(text: string, quotes: readonly MarkedQuote[]): Unit[] {
  const units: Unit[] = [];
  let qi = 0;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const unit: Unit = { start, end, quotes: [] };
    while (qi < quotes.length && quotes[qi].open < end) {
      if (quotes[qi].open >= start) unit.quotes.push(qi);
      qi++;
    }
    units.push(unit);
  };
  let inQuote = 0; // index of the first quote that may still contain the position
  const re = CUTS;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(from, i);
      from = i + 1;
      continue;
    }
    while (inQuote < quotes.length && quotes[inQuote].close <= i) inQuote++;
    if (inQuote < quotes.length && quotes[inQuote].open < i) {
      // “…기회다.” 김 의원의 말이다: a quote whose own sentence ends at its closing mark, a space after it,
      // is a sentence; the words after it are the next.
      const close = quotes[inQuote].close;
      if (i === close - 2 && close < text.length && isSpace(text.charCodeAt(close))) {
        push(from, close);
        from = close;
      }
      continue;
    }
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x0a;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    // a space follows, or a period glued to the next sentence after 다/요 (했다.그러나)
    const ends = isSpace(next) || (c === 0x2e && (before === 0xb2e4 || before === 0xc694) && isLetter(next));
    if (!ends) continue;
    push(from, i + 1);
    from = i + 1;
  }
  push(from, text.length);
  return units;
}
