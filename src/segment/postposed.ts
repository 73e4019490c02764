// An adverb added after a sentence end as an afterthought (아쉽다 진짜, 연락할게 꼭: postposed.txt) stays
// with that sentence: a cut is dropped when all that follows it up to the next cut is one listed word,
// with laughter or emoticons after it but no punctuation of its own (진짜? is a question of its own).
import { isHangulSyllable, isSpace, isTrailer } from './chars.js';
import { loadLexicon } from './lexicon.js';

const ADVERBS = new Set(loadLexicon('postposed.txt'));
const LONGEST = Math.max(...[...ADVERBS].map((w) => w.length));
const FIRST = new Set([...ADVERBS].map((w) => w.charCodeAt(0)));

/** The cuts (ascending) of a region [.., end), without those before a lone postposed adverb. */
export function keepAfterthoughts(text: string, cuts: number[], end: number): number[] {
  let kept: number[] | null = null;
  for (let k = 0; k < cuts.length; k++) {
    const next = k + 1 < cuts.length ? cuts[k + 1] : end;
    if (isAfterthought(text, cuts[k], next)) {
      if (!kept) kept = cuts.slice(0, k);
    } else if (kept) kept.push(cuts[k]);
  }
  return kept ?? cuts;
}

/** Is [from, to) space, one listed adverb, and trailers only (진짜ㅋㅋ)? */
function isAfterthought(text: string, from: number, to: number): boolean {
  let s = from;
  while (s < to && isSpace(text.charCodeAt(s))) s++;
  if (!FIRST.has(text.charCodeAt(s))) return false; // most sentences: no string built
  let w = s;
  while (w < to && w - s <= LONGEST && isHangulSyllable(text.charCodeAt(w))) w++;
  if (w === s || w - s > LONGEST) return false;
  let r = w;
  while (r < to && isTrailer(text.charCodeAt(r))) r++;
  while (r < to && isSpace(text.charCodeAt(r))) r++;
  return r === to && ADVERBS.has(text.slice(s, w));
}
