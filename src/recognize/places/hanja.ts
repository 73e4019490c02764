// Rule: Hanja country names and headline abbreviations (韓, 北, 美 연준, 韓美日, 日本): a run of Hanja
// that is one name, or is made only of country characters (each named, all at the run's span).
import { type Found, placeMentions } from './found.js';
import { PLACES, SHORT_FORMS, TITLES } from './lexicon.js';
import { startsWithAny } from './remainder.js';

const HANJA = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const isHanja = (ch: string | undefined): boolean => ch !== undefined && HANJA.test(ch);

export function findHanja(text: string, start: number): Found | null {
  let end = start;
  while (isHanja(text[end])) end++;
  const whole = PLACES.matchesAt(text, start).find((m) => m.end === end);
  if (whole) return { mentions: placeMentions(text, start, end, whole.names, 'hanja-name'), next: end };

  const names: string[] = [];
  for (let i = start; i < end; i++) {
    const short = SHORT_FORMS.get(text[i]);
    if (!short?.kind.startsWith('hanja') || text.indexOf(text[i], start) < i) return null;
    names.push(short.name);
  }
  if (names.length === 1) {
    const kind = SHORT_FORMS.get(text[start])?.kind;
    if (kind === 'hanja-compound') return null; // 南 alone is not a country
    // 韓총리, 韓대표: 韓 is the surname of the person the title names.
    if (kind === 'hanja-surname' && startsWithAny(text.slice(end, end + 8), TITLES)) return null;
  }
  return { mentions: placeMentions(text, start, end, names, 'hanja'), next: end };
}
