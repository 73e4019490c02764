// What may follow a place name inside the same word: particles (중국에서), the copula (러시아다), and
// suffixes that keep it a place (러시아측). Anything else makes another word (한국인, 부산시장).
// Every test reads the text between two offsets: the noun is whatever ends at the first one.
import { PARTICLES, particleFits } from '../../korean/particles.js';
import { COMPOUND_SUFFIXES, PLACE_SUFFIXES } from './lexicon.js';
import { WordTrie } from './words.js';
import { NONE, ROOT } from './code-trie.js';

// Contracted particles and copula forms the particle list leaves out; 인 is not here: 중국인 is a person.
const ENDINGS = [
  '에서만', '에게만', '이라며', '이라면', '이었다', '이지만', '에게선', '으로선', '에선', '으론', '로선', '이다', '였다',
  '이고', '이라', '라며', '라면', '이든', '만의', '만큼', '같이', '에만', '지만', '엔', '론', '다', '든', '뿐',
  '서', // 에서 contracted in news: 중국서, 일본서 지내던
];

/**
 * Which particles may follow a noun depends only on its last character: a syllable without 받침, with
 * one other than ㄹ, with ㄹ (로 after 서울), or no Hangul syllable at all (G7은). One syllable stands for
 * each class, and particleFits decides for it once, here.
 */
const CLASS_SAMPLES = ['가', '각', '갈', 'A'];

/** The 받침 class (index into CLASS_SAMPLES) of a character code. */
export function batchimClass(code: number): number {
  if (code < 0xac00 || code > 0xd7a3) return 3;
  const final = (code - 0xac00) % 28;
  return final === 0 ? 0 : final === 8 ? 2 : 1; // 8 is ㄹ
}

/** Each particle or ending with the classes (bits) of nouns it may follow. */
const FOLLOWERS = new WordTrie(
  [...PARTICLES, ...ENDINGS].map((p) => [p, CLASS_SAMPLES.reduce((bits, noun, c) => bits | (particleFits(noun, p) ? 1 << c : 0), 0)] as const),
);

/** True when text[from, to) is nothing or one or two particles/endings that fit the noun before `from` (에서, 에서는, 과도). */
export function endsWord(text: string, from: number, to: number, depth = 2): boolean {
  if (from === to) return true;
  if (depth === 0) return false;
  const fits = 1 << batchimClass(text.charCodeAt(from - 1));
  let node = ROOT;
  for (let i = from; i < to; i++) {
    node = FOLLOWERS.child(node, text.charCodeAt(i));
    if (node === NONE) return false;
    const classes = FOLLOWERS.value(node);
    if (classes !== undefined && classes & fits && endsWord(text, i + 1, to, depth - 1)) return true;
  }
  return false;
}

/** True when a place may be followed by text[from, to) in its word: particles, or a place suffix and particles. */
export function placeRest(text: string, from: number, to: number): boolean {
  if (endsWord(text, from, to)) return true;
  let node = ROOT;
  for (let i = from; i < to; i++) {
    node = PLACE_SUFFIXES.child(node, text.charCodeAt(i));
    if (node === NONE) return false;
    if (PLACE_SUFFIXES.value(node) && endsWord(text, i + 1, to)) return true;
  }
  return false;
}

/** True when a compound of short forms (북러) may be followed by text[from, to): also any compound word (북러관계를). */
export function compoundRest(text: string, from: number, to: number): boolean {
  return placeRest(text, from, to) || COMPOUND_SUFFIXES.startsAt(text, from, to);
}

const HAE = '해'.charCodeAt(0);
const YANG = '양'.charCodeAt(0);
const ON = '상'.charCodeAt(0);

/**
 * True when a sea or ocean name ending at `from` (동해, 흑해, 태평양; not the cities 평양, 안양) is followed
 * by 상, "on it", and particles: 동해상으로, 태평양상에서.
 */
export function seaRest(text: string, start: number, from: number, to: number): boolean {
  const last = text.charCodeAt(from - 1);
  if (last !== HAE && !(last === YANG && from - start >= 3)) return false;
  return text.charCodeAt(from) === ON && endsWord(text, from + 1, to);
}
