// The known organizations of data/names.txt, companies.txt, outlets.txt and clubs.txt: full names, and
// short forms that stand for one of them.
import { readList } from './lists.js';

/** Known name → the full names it may stand for when it is an alias (none for a full name). */
export const KNOWN = new Map<string, string[]>();
/** Known names written in several words (월스트리트 저널), by their first word, longest first. */
export const SPACED = new Map<string, string[]>();
/** Sports clubs' own names (다저스), which join a city or sponsor written before them (see clubs.ts). */
export const CLUBS = new Set(readList('clubs.txt'));
for (const line of ['names.txt', 'companies.txt', 'outlets.txt', 'clubs.txt'].flatMap(readList)) {
  const [name, full = ''] = line.split('=').map((s) => s.trim());
  if (name.includes(' ')) {
    const first = name.split(' ')[0];
    SPACED.set(first, [...(SPACED.get(first) ?? []), name].sort((a, b) => b.length - a.length));
  } else KNOWN.set(name, full.split(',').map((s) => s.trim()).filter(Boolean));
}

/** First characters of the names written in several words, by UTF-16 code. */
export const SPACED_FIRST = new Uint8Array(0x10000);
for (const first of SPACED.keys()) SPACED_FIRST[first.charCodeAt(0)] = 1;

/** A Hanja shorthand (靑) always takes its full name; a Korean abbreviation (금통위) only when the article gives it. */
export const isHanja = (s: string): boolean => /^[\u4e00-\u9fff]+$/.test(s);
