// Rule: Hanja country names and headline abbreviations (韓, 北, 美 연준, 韓美日, 日本): a run of Hanja
// that is one name, or is made only of country characters (each named at its own character).
import { type Found, placeMentions } from './found.js';
import { PLACES, shortForm, TITLES } from './lexicon.js';
import { startsWithAny } from './remainder.js';

const HANJA = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const isHanja = (ch: string | undefined): boolean => ch !== undefined && HANJA.test(ch);

export function findHanja(text: string, start: number): Found | null {
  let end = start;
  while (isHanja(text[end])) end++;
  const whole = PLACES.matchesAt(text, start).find((m) => m.end === end);
  if (whole) return { mentions: placeMentions(text, start, end, whole.names, 'hanja-name'), next: end };

  const mentions = [];
  for (let i = start; i < end; i++) {
    const short = shortForm(text[i], 'hanja', 'hanja-surname', 'hanja-compound');
    if (!short || text.indexOf(text[i], start) < i) return null;
    mentions.push(...placeMentions(text, i, i + 1, [short.name], 'hanja'));
  }
  if (end - start === 1) {
    if (!shortForm(text[start], 'hanja', 'hanja-surname')) return null; // 南 alone is not a country
    // 韓총리, 韓대표: 韓 is the surname of the person the title names.
    if (shortForm(text[start], 'hanja-surname') && startsWithAny(text.slice(end, end + 8), TITLES)) return null;
  }
  return { mentions, next: end };
}
