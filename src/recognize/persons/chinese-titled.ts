// A Chinese name of one word before a title: 허리펑 중국 국무원 부총리, 왕원타오 상무부장, 판궁성 인민은행 총재,
// 궈자쿤 외교부 대변인. The word starts with a common Chinese family name (chinese-surnames.txt), every
// syllable after it is one of Mandarin as Korean writes it (mandarin.ts), and one at least is no common
// syllable of Korean given names (so 장민호, 허준 stay Korean names); it is no place, body or common word.
// A Chinese name is a full name, so any title will do (a transliterated family name alone needs a title of state).
import { chineseSurname } from './chinese-name.js';
import { GIVEN_SYLLABLES } from './lexicon.js';
import { MANDARIN_SYLLABLES } from './mandarin.js';
import { canBeForeignName, VERBAL_ENDINGS } from './name-shape.js';
import { perWord } from './words.js';

/** Whether a word (no particle) is a Chinese full name by its spelling. */
export const isChineseFullName = perWord((word: string): boolean => {
  if (word.length < 3 || word.length > 5) return false;
  const surname = chineseSurname(word);
  // 스 (史) opens too many loanwords (스케이팅, 스페샤); a verb form ends in 던, 고, 다.
  if (surname === undefined || surname === '스' || VERBAL_ENDINGS.has(word.at(-1)!)) return false;
  let foreign = false;
  for (const ch of word.slice(surname.length)) {
    if (!MANDARIN_SYLLABLES.has(ch)) return false;
    foreign ||= !GIVEN_SYLLABLES.has(ch);
  }
  return foreign && canBeForeignName(word);
});
