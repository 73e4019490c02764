// Given names with the familiar suffix 이, which Korean adds only to a name ending in a consonant: 춘복이는,
// 경심이가, 철현이를. A noun ending in a consonant takes 은/을/과 itself, never 이 and then a particle, so
// such a word is a name unless it is one of the few nouns and verbs that end in a consonant syllable and
// 이 (고양이, 서성이는); both syllables before 이 must be common in given names, which rules those out.
import type { Mention } from '../../types.js';
import { GIVEN_SYLLABLES, NOT_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { isPlaceWord } from './name-shape.js';
import type { Token } from './tokens.js';

/** Particles after the suffix: a subject, object, owner, partner or addressee, not a copula. */
const PARTICLES = new Set(['는', '가', '를', '의', '와', '도', '만', '에게', '에게는', '한테', '한테는', '하고']);

/** `at`: the indices of the words flagged HYPOCORISTIC. */
export function findHypocoristic(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    out.push(personMention(text, t, t, t.noun, 'familiar-name', {}, t.start + t.noun.length));
  }
  return out;
}

/** A two-syllable given name and 이 before a particle (per distinct word). */
export function isHypocoristic(noun: string, particle: string): boolean {
  if (noun.length !== 3 || noun.charCodeAt(2) !== 0xc774 || !PARTICLES.has(particle)) return false; // 0xc774: 이
  const code = noun.charCodeAt(1) - 0xac00;
  if (code < 0 || code > 11171 || code % 28 === 0) return false; // 이 follows a final consonant only
  if (!GIVEN_SYLLABLES.has(noun[0]) || !GIVEN_SYLLABLES.has(noun[1])) return false;
  return !NOT_NAMES.has(noun) && !NOT_NAMES.has(noun.slice(0, 2)) && !isPlaceWord(noun.slice(0, 2));
}
