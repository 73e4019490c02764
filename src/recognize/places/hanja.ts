// Rule: Hanja country names and headline abbreviations (韓, 北, 美 연준, 韓美日, 日本): a run of Hanja
// that is one name, or is made only of country characters (each named at its own character), after
// one headline verb character at most (訪美 a visit to the US, 對北 toward the North, as 대북 in Hangul).
import type { Mention } from '../../types.js';
import { addMentions, type Found } from './found.js';
import { PLACES, SHORT, shortForm, TITLES } from './lexicon.js';

const ANY = SHORT.hanja | SHORT['hanja-surname'] | SHORT['hanja-compound'];
const ALONE = SHORT.hanja | SHORT['hanja-surname'];
// The longest title after a surname that is looked for (비대위원장 and shorter).
const TITLE_SPAN = 8;
/** Characters that make a country character a headline verb's object: 訪 visit, 對 toward, 駐 stationed in, 反 anti-, 親 pro-. */
const VERBS = new Set([...'訪對駐反親'].map((c) => c.charCodeAt(0)));

/** CJK ideographs: the unified blocks and the compatibility block (UTF-16 code). */
export const isHanja = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

export function findHanja(text: string, start: number): Found | null {
  let end = start;
  while (isHanja(text.charCodeAt(end))) end++;
  const mentions: Mention[] = [];
  for (let m = PLACES.longestAt(text, start); m; m = m.shorter) {
    if (start + m.length !== end) continue;
    addMentions(mentions, text, start, end, m.names, 'hanja-name');
    return { mentions, next: end };
  }
  const from = VERBS.has(text.charCodeAt(start)) && end - start > 1 ? start + 1 : start;
  for (let i = from; i < end; i++) {
    const name = shortForm(text, i, ANY);
    if (!name || text.indexOf(text[i], start) < i) return null;
    addMentions(mentions, text, i, i + 1, name, 'hanja');
  }
  if (end - from === 1) {
    if (!shortForm(text, from, ALONE)) return null; // 南 alone is not a country
    // 韓총리, 韓대표: 韓 is the surname of the person the title names.
    if (shortForm(text, from, SHORT['hanja-surname']) && TITLES.startsAt(text, end, end + TITLE_SPAN)) return null;
  }
  return { mentions, next: end };
}
