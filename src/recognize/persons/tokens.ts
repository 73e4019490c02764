// Words of a document as the person rules see them: runs of Hangul, Latin letters and digits, each
// knowing whether it continues the phrase before it (only spaces between) or starts a new one.
import type { Segmented } from '../../types.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when only spaces or tabs separate this word from the previous one (same phrase, same line). */
  joined: boolean;
}

const WORD = /[가-힣A-Za-z0-9]+/g;
const SPACES = /^[ \t\u00a0]+$/;

/** All words outside seg.skip, in order; a skipped range breaks the phrase around it. */
export function tokenize(seg: Segmented): Token[] {
  const { text, skip } = seg;
  const out: Token[] = [];
  let k = 0;
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < skip.length && skip[k].end <= start) k++;
    if (k < skip.length && skip[k].start < end) {
      prevEnd = -1;
      continue;
    }
    const joined = prevEnd >= 0 && SPACES.test(text.slice(prevEnd, start));
    out.push({ start, end, text: m[0], joined });
    prevEnd = end;
  }
  return out;
}
