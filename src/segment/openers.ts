// Does the word at a position open a new sentence by itself (그러나, 그리고, 물론)? From openers.txt.
import { isHangulSyllable } from './chars.js';
import { loadLexicon } from './lexicon.js';

const OPENERS = new Set(loadLexicon('openers.txt'));
const LONGEST = Math.max(...[...OPENERS].map((w) => w.length));
const FIRST = new Set([...OPENERS].map((w) => w.charCodeAt(0)));

/** Is the word at `at` (before `end`) a listed opener, followed by space, a comma or the end? */
export function opensSentence(text: string, at: number, end: number): boolean {
  if (!FIRST.has(text.charCodeAt(at))) return false;
  let r = at;
  while (r < end && r - at <= LONGEST && isHangulSyllable(text.charCodeAt(r))) r++;
  if (r - at > LONGEST || !OPENERS.has(text.slice(at, r))) return false;
  const c = r < end ? text.charCodeAt(r) : 0x20;
  return c === 0x20 || c === 0x2c || c === 0x0a || c === 0x09;
}
