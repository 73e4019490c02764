// A common foreign first name alone as a subject, topic, owner or partner: 애슐리는, 브랜든이, 클로이와.
// Features call people by their first name once the full name is given, often in another sentence.
// Only first names of two or more syllables (foreign-first-names.txt): one syllable is too often a
// word (조, 톰, 벤). Not the last word of a longer foreign name (이브 생 로랑의).
import type { Mention } from '../../types.js';
import { FOREIGN_FIRST_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { isForeignNameWord, isOneSyllableName } from './name-shape.js';
import type { Token } from './tokens.js';

const PARTICLES = new Set(['은', '는', '이', '가', '의', '와', '과', '에게']);

/** Whether a word is a listed first name with a particle (per distinct word). */
export function isFirstNameAlone(noun: string, particle: string): boolean {
  return PARTICLES.has(particle) && noun.length >= 2 && FOREIGN_FIRST_NAMES.has(noun);
}

/** `at`: the indices of the words flagged FIRST_NAME_ALONE. */
export function findFirstNames(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    // 이브 생 로랑의: the last word of a longer foreign name, a brand's maybe.
    const prev = tokens[i - 1];
    if (t.joined && prev.particle === '' && (isForeignNameWord(prev.text) || isOneSyllableName(prev.text))) continue;
    out.push(personMention(text, t, t, t.noun, 'first-name', { partial: 'short' }, t.start + t.noun.length));
  }
  return out;
}
