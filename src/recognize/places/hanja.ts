// Rule: Hanja country names and headline abbreviations (韓, 北, 美 연준, 韓美日, 日本): a run of Hanja
// that is one name, or is made only of country characters (each named at its own character).
import { type Found, placeMentions } from './found.js';
import { PLACES, shortForm, TITLES, type ShortKind } from './lexicon.js';
import { startsWithAny } from './remainder.js';

const ANY: readonly ShortKind[] = ['hanja', 'hanja-surname', 'hanja-compound'];
const ALONE: readonly ShortKind[] = ['hanja', 'hanja-surname'];
const SURNAME: readonly ShortKind[] = ['hanja-surname'];

/** CJK ideographs: the unified blocks and the compatibility block (UTF-16 code). */
export const isHanja = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

export function findHanja(text: string, start: number): Found | null {
  let end = start;
  while (isHanja(text.charCodeAt(end))) end++;
  const whole = PLACES.matchesAt(text, start).find((m) => m.end === end);
  if (whole) return { mentions: placeMentions(text, start, end, whole.names, 'hanja-name'), next: end };

  const mentions = [];
  for (let i = start; i < end; i++) {
    const short = shortForm(text, i, ANY);
    if (!short || text.indexOf(text[i], start) < i) return null;
    mentions.push(...placeMentions(text, i, i + 1, [short.name], 'hanja'));
  }
  if (end - start === 1) {
    if (!shortForm(text, start, ALONE)) return null; // 南 alone is not a country
    // 韓총리, 韓대표: 韓 is the surname of the person the title names.
    if (shortForm(text, start, SURNAME) && startsWithAny(text.slice(end, end + 8), TITLES)) return null;
  }
  return { mentions, next: end };
}
