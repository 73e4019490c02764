// Two transliterated words with no title, a common foreign first name (foreign-first-names.txt) and a
// family name: 스콧 레이놀즈와, 마르코 벨리니가, 애덤 로버츠. The family name must look transliterated
// (loanword syllables, no place, body or country); two loanwords in a row are otherwise more often a
// product or an event (허리케인 샌디, 머드 레슬링) than a person.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { canBeForeignName, isForeignNameWord, isKoreanName } from './name-shape.js';
import type { Token } from './tokens.js';

/** `at`: the indices of the words flagged FOREIGN_FIRST. */
export function findForeignPairs(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    if (i + 1 >= tokens.length) continue;
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!second.joined || second.noun.length > 5 || !familyName(second.noun)) continue;
    out.push(personMention(text, first, second, `${first.text} ${second.noun}`, 'foreign-pair', {}, second.start + second.noun.length));
  }
  return out;
}

/** A family name after a known first name: transliterated, or at least no place, body, title or Korean name (테드 릴리). */
function familyName(word: string): boolean {
  return isForeignNameWord(word) || (word.length >= 2 && canBeForeignName(word) && !isKoreanName(word));
}
