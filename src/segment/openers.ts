// Does the word at a position open a new sentence by itself? Two lists: openers.txt (그러나, 물론: after a
// plain -다 in formal lines) and clause-openers.txt (근데, 나는, 왜: after a weakly final -어 in informal
// text, weak-finals.ts).
import { isHangulSyllable } from './chars.js';
import { loadLexicon } from './lexicon.js';

type Opens = (text: string, at: number, end: number) => boolean;

/** A test: is the word at `at` (before `end`) listed in `file`, followed by space, a comma or the end? */
function opener(file: string): Opens {
  const words = new Set(loadLexicon(file));
  const longest = Math.max(...[...words].map((w) => w.length));
  const first = new Set([...words].map((w) => w.charCodeAt(0)));
  return (text, at, end) => {
    if (!first.has(text.charCodeAt(at))) return false;
    let r = at;
    while (r < end && r - at <= longest && isHangulSyllable(text.charCodeAt(r))) r++;
    if (r - at > longest || !words.has(text.slice(at, r))) return false;
    const c = r < end ? text.charCodeAt(r) : 0x20;
    return c === 0x20 || c === 0x2c || c === 0x0a || c === 0x09;
  };
}

export const opensSentence: Opens = opener('openers.txt');
export const opensClause: Opens = opener('clause-openers.txt');
