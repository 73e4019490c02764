// Words of a document as the person rules see them: runs of Hangul, of Latin letters or of digits,
// each knowing whether it continues the phrase before it (nothing or only spaces between: 김경화PD,
// 홍민 통일연구원) or starts a new one (after punctuation, a line break or a skipped range).
import type { Segmented } from '../../types.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when only spaces or tabs (or nothing) separate this word from the previous one. */
  joined: boolean;
}

// Digits stay with the Hangul after them (34명이, 9단독): a counted word is never a name.
const WORD = /[0-9]*[가-힣]+|[A-Za-z]+|[0-9]+/g;
const SPACES = /^[ \t\u00a0]*$/;

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



/** The gap between two names of a list: a comma or a middle dot (김민석, 정청래 / 김재룡·리히용). */
export const LIST_GAP = /^[ \t]*[,·ㆍ][ \t]*$/;
