// Stage 4: a quotation or bracket is never cut: sentence ends found inside a matched pair of
// marks (“…. …”라고 말했다, (…. …)) are dropped. One pass with a stack; marks that find no partner
// on their line protect nothing, so a stray “ cannot swallow the rest of the text.
import { CLOSER_OF, isCloser, isLatin, isOpener } from './chars.js';

const APOSTROPHE = 0x27;
const DOUBLE = 0x22;
/** Writers mix straight and curly marks ("…”, “…"): each pair family closes with any of its marks. */
const FAMILY = new Map([
  [0x201c, DOUBLE], [0x201d, DOUBLE], [0x2018, APOSTROPHE], [0x2019, APOSTROPHE],
]);

/** The inside of every matched pair of quote marks or brackets in [start, end), outermost only, sorted. */
export function quotedRanges(text: string, start: number, end: number): Array<[number, number]> {
  const stack: Array<{ closer: number; at: number }> = [];
  const open = new Map<number, number>(); // closer → how many of its openers are on the stack
  const found: Array<[number, number]> = [];
  const push = (closer: number, at: number): void => {
    stack.push({ closer, at });
    open.set(closer, (open.get(closer) ?? 0) + 1);
  };
  const closeAt = (closer: number, at: number): void => {
    for (;;) {
      const top = stack.pop()!;
      open.set(top.closer, open.get(top.closer)! - 1);
      if (top.closer === closer) {
        found.push([top.at, at]);
        return;
      }
    }
  };
  for (let i = start; i < end; i++) {
    const c = FAMILY.get(text.charCodeAt(i)) ?? text.charCodeAt(i);
    if (c === DOUBLE || c === APOSTROPHE) {
      if (text.charCodeAt(i) !== c) {
        // a curly mark: “ ‘ always open, ” ’ close only
        if (text.charCodeAt(i) === 0x201c || text.charCodeAt(i) === 0x2018) push(c, i);
        else if ((open.get(c) ?? 0) > 0) closeAt(c, i);
        continue;
      }
      const waiting = (open.get(c) ?? 0) > 0;
      // an apostrophe inside or after a Latin word (don't, students') is no quote mark
      if (c === APOSTROPHE && !waiting && i > start && isLatin(text.charCodeAt(i - 1))) continue;
      if (waiting) closeAt(c, i);
      else push(c, i);
    } else if (isOpener(c)) push(CLOSER_OF.get(c)!, i);
    else if (isCloser(c) && (open.get(c) ?? 0) > 0) closeAt(c, i);
  }
  found.sort((a, b) => a[0] - b[0]);
  const outer: Array<[number, number]> = [];
  for (const r of found) {
    const last = outer[outer.length - 1];
    if (last && r[0] < last[1]) continue; // nested in the previous range
    outer.push(r);
  }
  return outer;
}

/** Keeps the boundaries (sorted) that fall outside every range (open mark at [0], close mark at [1]). */
export function outsideQuotes(boundaries: number[], ranges: Array<[number, number]>): number[] {
  const kept: number[] = [];
  let r = 0;
  for (const b of boundaries) {
    while (r < ranges.length && ranges[r][1] < b) r++;
    if (r < ranges.length && ranges[r][0] < b && b <= ranges[r][1]) continue;
    kept.push(b);
  }
  return kept;
}
