// What may follow a place name inside the same word: particles (중국에서), the copula (러시아다), and
// suffixes that keep it a place (러시아측). Anything else makes another word (한국인, 부산시장).
import { PARTICLES, particleFits } from '../../korean/particles.js';
import { COMPOUND_SUFFIXES, PLACE_SUFFIXES } from './lexicon.js';

// Contracted particles and copula forms the particle list leaves out; 인 is not here: 중국인 is a person.
const ENDINGS = [
  '에서만', '에게만', '이라며', '이라면', '이었다', '이지만', '에게선', '으로선', '에선', '으론', '로선', '이다', '였다',
  '이고', '이라', '라며', '라면', '이든', '만의', '만큼', '같이', '에만', '지만', '엔', '론', '다', '든', '뿐',
];
const ALL = [...PARTICLES, ...ENDINGS].sort((a, b) => b.length - a.length);

/** True when `rest` is nothing or one or two particles/endings that fit `noun` (에서, 에서는, 과도). */
export function endsWord(noun: string, rest: string, depth = 2): boolean {
  if (rest === '') return true;
  if (depth === 0) return false;
  return ALL.some((p) => rest.startsWith(p) && particleFits(noun, p) && endsWord(p, rest.slice(p.length), depth - 1));
}

/** The list entry `rest` begins with, if any. */
export function startsWithAny(rest: string, list: readonly string[]): boolean {
  return rest !== '' && list.some((s) => rest.startsWith(s));
}

/** True when a place may be followed by `rest` in its word: particles, or a place suffix and particles. */
export function placeRest(noun: string, rest: string): boolean {
  return endsWord(noun, rest) || PLACE_SUFFIXES.some((s) => rest.startsWith(s) && endsWord(s, rest.slice(s.length)));
}

/** True when a compound of short forms (북러) may be followed by `rest`: also any compound word (북러관계를). */
export function compoundRest(noun: string, rest: string): boolean {
  return placeRest(noun, rest) || startsWithAny(rest, COMPOUND_SUFFIXES);
}
