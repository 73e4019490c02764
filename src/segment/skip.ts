// Ranges that are not prose for any recognizer: URLs and e-mail addresses anywhere in the text.
// Found by scanning out from `http`/`www.` and `@` with bounded loops, never a backtracking regex.
import type { Range } from './01-lines.js';
import { isDigit, isLatin } from './chars.js';

const URL_START = /https?:\/\/|www\./g;
/** What ends a URL: white space, a quote mark or a bracket (one native search, not a test per character). */
const URL_END = /[\s<>"“”‘’()[\]{}「」]/g;
const TRAILING = new Set([...'.,;:!?\'…'].map((c) => c.charCodeAt(0)));

const isLocal = (c: number): boolean => isLatin(c) || isDigit(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isDomain = (c: number): boolean => isLatin(c) || isDigit(c) || c === 0x2e || c === 0x2d;

/** Appends the URLs and e-mail addresses of `text` to `ranges` and returns it. */
export function addLinks(text: string, ranges: Range[]): Range[] {
  let covered = 0;
  for (const m of text.matchAll(URL_START)) {
    if (m.index < covered) continue;
    URL_END.lastIndex = m.index;
    let e = URL_END.test(text) ? URL_END.lastIndex - 1 : text.length;
    while (e > m.index && TRAILING.has(text.charCodeAt(e - 1))) e--;
    ranges.push({ start: m.index, end: e });
    covered = e;
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 256 && isDomain(text.charCodeAt(e))) e++;
    while (e > at + 1 && text.charCodeAt(e - 1) === 0x2e) e--;
    const dot = text.indexOf('.', at);
    if (s < at && dot > at + 1 && dot < e) ranges.push({ start: s, end: e });
  }
  return ranges;
}

/** Sorted, non-overlapping ranges covering the same offsets. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
