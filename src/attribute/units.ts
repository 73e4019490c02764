// Sentences for attribution: each line cut at . ? ! that stand outside quotation marks, so a quote of
// several sentences stays inside one unit with its reporting verb. (The segment stage's sentences give
// each quote its `sentence` index; these units only bound the search for a speaker.)
import type { MarkedQuote } from './quotes/spans.js';

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
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const unit: Unit = { start, end, quotes: [] };
    while (qi < quotes.length && quotes[qi].open < end) {
      if (quotes[qi].open >= start) unit.quotes.push(qi);
      qi++;
    }
    units.push(unit);
  };
  let inQuote = 0; // index of the first quote that may still contain the position
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(from, i);
      from = i + 1;
      continue;
    }
    if (c !== 0x2e && c !== 0x3f && c !== 0x21) continue; // . ? !
    const ch = text[i];
    while (inQuote < quotes.length && quotes[inQuote].close <= i) inQuote++;
    if (inQuote < quotes.length && quotes[inQuote].open < i) continue; // inside a quote
    const next = text[i + 1] ?? '\n';
    const ends = /\s/.test(next) || (ch === '.' && /[다요]/.test(text[i - 1] ?? '') && /[가-힣A-Za-z]/.test(next));
    if (!ends) continue;
    push(from, i + 1);
    from = i + 1;
  }
  push(from, text.length);
  return units;
}
