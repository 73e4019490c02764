// Stage 4: a quotation or bracket is never cut: sentence ends found inside a matched pair of
// marks (“…. …”라고 말했다, (…. …)) are dropped. One pass with a stack; marks that find no partner
// on their line protect nothing, so a stray “ cannot swallow the rest of the text.
import { CLOSER_OF, isCloser, isLatin, isMark, isOpener } from './chars.js';

const APOSTROPHE = 0x27;
const DOUBLE = 0x22;
/** Writers mix straight and curly marks ("…”, “…"): each pair family closes with any of its marks. */
const FAMILY = new Map([
  [0x201c, DOUBLE], [0x201d, DOUBLE], [0x2018, APOSTROPHE], [0x2019, APOSTROPHE],
]);
const CURLY_OPEN = new Set([0x201c, 0x2018]);

// The open-mark stack, reused: closer codes and positions, and how many of each closer are waiting.
let closers: Int32Array = new Int32Array(64);
let places: Int32Array = new Int32Array(64);
const waiting = new Int32Array(65536);

/** The inside of every matched pair of quote marks or brackets in [start, end), outermost only, sorted. */
export function quotedRanges(text: string, start: number, end: number): Array<[number, number]> {
  let depth = 0;
  const found: Array<[number, number]> = [];
  const push = (closer: number, at: number): void => {
    if (depth === closers.length) {
      closers = grow(closers);
      places = grow(places);
    }
    closers[depth] = closer;
    places[depth++] = at;
    waiting[closer]++;
  };
  const closeAt = (closer: number, at: number): void => {
    for (;;) {
      const top = closers[--depth];
      waiting[top]--;
      if (top === closer) {
        found.push([places[depth], at]);
        return;
      }
    }
  };
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    if (!isMark(raw)) continue;
    const c = FAMILY.get(raw) ?? raw;
    if (c === DOUBLE || c === APOSTROPHE) {
      if (raw !== c) {
        // a curly mark: “ ‘ always open, ” ’ close only
        if (CURLY_OPEN.has(raw)) push(c, i);
        else if (waiting[c] > 0) closeAt(c, i);
        continue;
      }
      // an apostrophe inside or after a Latin word (don't, students') is no quote mark
      if (c === APOSTROPHE && waiting[c] === 0 && i > start && isLatin(text.charCodeAt(i - 1))) continue;
      if (waiting[c] > 0) closeAt(c, i);
      else push(c, i);
    } else if (isOpener(c)) push(CLOSER_OF.get(c)!, i);
    else if (isCloser(c) && waiting[c] > 0) closeAt(c, i);
  }
  while (depth > 0) waiting[closers[--depth]]--; // unmatched marks protect nothing
  if (found.length < 2) return found;
  found.sort((a, b) => a[0] - b[0]);
  const outer: Array<[number, number]> = [];
  for (const r of found) {
    const last = outer[outer.length - 1];
    if (last && r[0] < last[1]) continue; // nested in the previous range
    outer.push(r);
  }
  return outer;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Keeps the boundaries (sorted) that fall outside every range (open mark at [0], close mark at [1]). */
export function outsideQuotes(boundaries: number[], ranges: Array<[number, number]>): number[] {
  if (ranges.length === 0) return boundaries;
  const kept: number[] = [];
  let r = 0;
  for (const b of boundaries) {
    while (r < ranges.length && ranges[r][1] < b) r++;
    if (r < ranges.length && ranges[r][0] < b && b <= ranges[r][1]) continue;
    kept.push(b);
  }
  return kept;
}
