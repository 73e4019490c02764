// Informal sentences closed by a bound noun after an adnominal word (갈 듯, 맑아지는 느낌, 도착할
// 예정): the nouns in nominal-ends.txt, after a word whose last syllable has the 받침 ㄴ or ㄹ, and
// not before a predicate that takes the phrase as its subject (갈 예정 없음, 그런 느낌 아니야) or
// makes it an auxiliary (오는 듯 하다).
import { isHangulSyllable, isSpace, jong } from './chars.js';
import { loadLexicon } from './lexicon.js';

const NOUNS = new Set(loadLexicon('nominal-ends.txt'));
const LONGEST = Math.max(...[...NOUNS].map((w) => w.length));
const N = 'ㄴ'.charCodeAt(0);
const L = 'ㄹ'.charCodeAt(0);
/**
 * First syllables of the predicates that go on such a phrase: 아니다, 없다, 있다, 같다, 이다, and 하다,
 * 싶다 of 듯하다, 듯싶다 written apart (펼치는 듯 하다가, 올 듯 싶어).
 */
const GOES_ON = new Set([...'아없있같이인임하한할했합해싶'].map((c) => c.charCodeAt(0)));

/** Is [start, end) a listed bound noun after a word ending in `before`, with no predicate after it? */
export function isNominalEnd(text: string, start: number, end: number, before: number): boolean {
  if (end - start > LONGEST || !isHangulSyllable(before)) return false;
  const j = jong(before);
  if (j !== N && j !== L) return false;
  if (!NOUNS.has(text.slice(start, end))) return false;
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return !GOES_ON.has(text.charCodeAt(next));
}
