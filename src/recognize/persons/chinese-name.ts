// A Chinese name written as one word, with no title: 왕샤오밍은, 장쯔린의, 리웨이가, 자오뤄쥔을. The family
// name is a common one (chinese-surnames.txt) and the given name shows Mandarin spelled the Korean way:
// a syllable Sino-Korean never has (쯔, 츠, 쓰, 쉐, 뤄, 쥔, 쑹…), or a pair of syllables that transcribes
// one Mandarin syllable (머우, 저우, 샤오, 마오, 웨이). The word must otherwise be free to be a name (no
// place, body, country or common word: 광저우, 화웨이 are known).
import type { Mention } from '../../types.js';
import { readLexicon } from './lexicon.js';
import { personMention } from './mention.js';
import { canBeForeignName } from './name-shape.js';
import type { Token } from './tokens.js';

const SURNAMES: ReadonlySet<string> = new Set(readLexicon('chinese-surnames.txt'));
/** Syllables of Korean-spelled Mandarin that Sino-Korean and native words do not use (not 밍, 팅: 마케팅, 타이밍). */
const MARKED = new Set(['쯔', '츠', '쓰', '쭝', '쑹', '쉐', '궈', '뤄', '둬', '퉈', '줘', '춰', '훠', '숴', '쥔', '췬', '슝', '훙']);
/** Two syllables for one Mandarin syllable: -ou (머우, 저우) and -ao (샤오, 마오), and wei (웨이). */
const MARKED_PAIRS = /[머러더저처서허거터]우|[샤자차가바마라하다타]오|웨이/;

const PARTICLES = new Set(['은', '는', '이', '가', '의', '을', '를', '와', '과', '도', '에게', '에']);

/** The common Chinese family name a word starts with (one of two syllables first: 자오 of 자오뤄쥔), or undefined. */
export function chineseSurname(word: string): string | undefined {
  const surname = SURNAMES.has(word.slice(0, 2)) && word.length >= 4 ? word.slice(0, 2) : word[0];
  return SURNAMES.has(surname) ? surname : undefined;
}

/** Whether a word is a Chinese name with a particle after it (per distinct word). */
export function isChineseName(noun: string, particle: string): boolean {
  if (!PARTICLES.has(particle) || noun.length < 3 || noun.length > 5) return false;
  const surname = chineseSurname(noun);
  if (surname === undefined) return false;
  const given = noun.slice(surname.length);
  if (given === '저우') return false; // 정저우, 양저우: a city in 州, not a name
  let marked = MARKED_PAIRS.test(given);
  for (const ch of given) marked ||= MARKED.has(ch);
  return marked && canBeForeignName(noun);
}

/** `at`: the indices of the words flagged CHINESE_NAME. */
export function findChineseNames(text: string, tokens: Token[], at: number[]): Mention[] {
  return at.map((i) => personMention(text, tokens[i], tokens[i], tokens[i].noun, 'chinese-name', {}, tokens[i].start + tokens[i].noun.length));
}
