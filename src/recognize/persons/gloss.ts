// A short note in brackets right after a word: an age, a team, a party, a job or the name in Chinese
// characters (김민호(45), 조모(54·여), A(고3), 보시라이(薄熙來)). Rules that join a name to the title after
// it step over such a note.
import { firstEndingAfter, type Token } from './tokens.js';

/** The longest note looked at; a longer bracket is a clause, not a note on the word before it. */
const LONGEST = 24;

/**
 * Where the text goes on after the note that starts at `at` (at most one space before its bracket), or
 * `at` itself when no note starts there. Linear: it looks at most LONGEST characters ahead.
 */
export function afterGloss(text: string, at: number): number {
  let open = at;
  if (text.charCodeAt(open) === 0x20) open++;
  if (text.charCodeAt(open) !== 0x28) return at;
  const stop = Math.min(text.length, open + 1 + LONGEST);
  for (let k = open + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29) return k > open + 1 ? k + 1 : at;
    if (c === 0x28 || c === 0x0a) return at;
  }
  return at;
}

/**
 * The indices of the words right before an opening bracket (at most one space between), in text order,
 * found from the brackets, which are far fewer than the words. The last word is left out: a note needs
 * a word after it.
 */
export function wordsBeforeBrackets(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('('); p > 0; p = text.indexOf('(', p + 1)) {
    const end = text.charCodeAt(p - 1) === 0x20 ? p - 1 : p;
    const i = firstEndingAfter(tokens, end) - 1; // the last word ending at or before `end`
    if (i >= 0 && i + 1 < tokens.length && tokens[i].end === end) out.push(i);
  }
  return out;
}


/** Whether only spaces or tabs (or nothing) lie between `from` and `to`. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
