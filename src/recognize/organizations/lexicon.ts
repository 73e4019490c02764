// The known organizations of data/names.txt: full names, and short forms that stand for one of them.
import { readList } from './lists.js';

/** Known name → the full names it may stand for when it is an alias (none for a full name). */
export const KNOWN = new Map<string, string[]>();
for (const line of readList('names.txt')) {
  const [name, full = ''] = line.split('=').map((s) => s.trim());
  KNOWN.set(name, full.split(',').map((s) => s.trim()).filter(Boolean));
}

/** Length of the longest known name, the bound of prefix look-ups. */
export const LONGEST_KNOWN = Math.max(...[...KNOWN.keys()].map((k) => k.length));

/** A Hanja shorthand (靑) always takes its full name; a Korean abbreviation (금통위) only when the article gives it. */
export const isHanja = (s: string): boolean => /^[\u4e00-\u9fff]+$/.test(s);
