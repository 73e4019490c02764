// Rule: a word with 카운티, fused or spaced (오렌지카운티, 커 카운티), is a county of the US or Britain;
// 카운티 names nothing else in Korean. Named as written.
import { foundAt, type Found } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const COUNTY = '카운티';
const KA = COUNTY.charCodeAt(0);
const SPACE = 0x20;

export function findCounty(text: string, start: number, runEnd: number): Found | null {
  let end = -1;
  if (text.charCodeAt(runEnd) === SPACE && text.charCodeAt(runEnd + 1) === KA && text.startsWith(COUNTY, runEnd + 1)) end = runEnd + 1 + COUNTY.length;
  // Fused: only the word's own characters are read (a search of the whole text per word would be quadratic).
  for (let i = start + 1; end < 0 && i + COUNTY.length <= runEnd; i++) {
    if (text.charCodeAt(i) === KA && text.startsWith(COUNTY, i)) end = i + COUNTY.length;
  }
  if (end < 0 || !endsWord(text, end, hangulRunEnd(text, end))) return null;
  return foundAt(text, start, end, text.slice(start, end), 'county');
}

/** Whether 카운티 occurs anywhere in the text: most texts have none, and then no word need be read for it. */
export function hasCounty(text: string): boolean {
  return text.includes(COUNTY);
}
