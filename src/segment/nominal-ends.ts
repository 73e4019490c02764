// Informal sentences closed by a bound noun after an adnominal word (갈 듯, 맑아지는 느낌, 도착할
// 예정): the nouns in nominal-ends.txt, after a word whose last syllable is a common adnominal ending
// (-는, -던, -ㄴ/-ㄹ on 하·되·이·가·오·보·주, -운 of ㅂ-irregular adjectives, and -은/-을 after a stem
// that ends in a consonant, as they only follow one: 맑은, 먹을), not a noun that happens to end so
// (사진 느낌 좋음, 가을 느낌 물씬), and not before a predicate that takes the
// phrase as its subject (갈 예정 없음, 그런 느낌 아니야) or makes it an auxiliary (오는 듯 하다, 할 듯 말 듯).
import { isSpace, jong } from './chars.js';
import { loadLexicon } from './lexicon.js';

const ENTRIES = loadLexicon('nominal-ends.txt');
const NOUNS = new Set(ENTRIES.filter((w) => !w.startsWith('~')));
/** Nouns that end a sentence only before a word that opens one (03-endings.ts decides). */
const WEAK = new Set(ENTRIES.filter((w) => w.startsWith('~')).map((w) => w.slice(1)));
const LONGEST = Math.max(...[...NOUNS, ...WEAK].map((w) => w.length));
/** First letters of both lists: most words stop here. */
const FIRST = new Set([...NOUNS, ...WEAK].map((w) => w.charCodeAt(0)));
const codes = (s: string): Set<number> => new Set([...s].map((c) => c.charCodeAt(0)));
/** Last syllables of adnominal words: 가는, 하던, 한, 된, 인, 추운, 다른, 아픈, 예쁜, 할, 될, 갈, 올, 볼, 줄, 내릴, 칠. */
const ADNOMINAL = codes('는던한된인운른픈쁜할될갈올볼줄릴칠');
/** -은, -을: adnominal only after a consonant (맑은, 먹을; not 가을, 마을). */
const AFTER_CONSONANT = codes('은을');
/** First syllables of the predicates that go on such a phrase: 아니다, 없다, 있다, 같다, 이다, 하다, 싶다, 말다. */
const GOES_ON = codes('아없있같이인임하한할했합해싶말');

/**
 * Is [start, end) a listed bound noun after an adnominal word ending at `prevEnd`, with no predicate after it?
 * `weak`: the nouns marked `~` instead of the others.
 */
export function isNominalEnd(text: string, start: number, end: number, prevEnd: number, weak = false): boolean {
  if (end - start > LONGEST || prevEnd < 1 || !FIRST.has(text.charCodeAt(start))) return false;
  const before = text.charCodeAt(prevEnd - 1);
  const adnominal = ADNOMINAL.has(before) || (AFTER_CONSONANT.has(before) && prevEnd >= 2 && jong(text.charCodeAt(prevEnd - 2)) !== 0);
  if (!adnominal) return false;
  if (!(weak ? WEAK : NOUNS).has(text.slice(start, end))) return false;
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return !GOES_ON.has(text.charCodeAt(next));
}
