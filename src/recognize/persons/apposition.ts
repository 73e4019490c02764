// Names after a title in apposition: 배우 김하늘이, 북한 국무위원장 김정은, 사무국장인 마츠 말름. A
// two-syllable name only after the titles before-name.txt marks (배우 지성): after the others a
// two-syllable word is more often a common noun (대통령 선거); a foreign name needs both its words.
import { splitParticle } from '../../korean/particles.js';
import type { Mention } from '../../types.js';
import { BEFORE_NAME, TITLES, WORD_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { canBeForeignFirstName, canBeForeignName, HANGUL, isForeignNameWord, isNameReadWhole, mayBeLoneName } from './name-shape.js';
import type { Token } from './tokens.js';
import { splitNoun } from './words.js';

/** Nouns after a name that end it (클라라 측, 모리스 관련). */
const AFTER_NAME = new Set(['측', '관련', '쪽', '등']);

/** `at`: the indices of the words flagged BEFORE_A_NAME. */
export function findApposition(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    if (i + 1 >= tokens.length) continue;
    const found = titleBeforeName(tokens[i].text);
    const next = tokens[i + 1];
    if (found === undefined || !next.joined) continue;
    const { title, head } = found;
    const twoSyllables = BEFORE_NAME.get(head) ?? false;
    // 배우 정유나 씨: a name that reads as a word and the particle 나 (정유 + 나) is whole after a title, where
    // 나 'or' hardly stands (but 은 and 이 do: 대통령 방한은).
    // 배우 공유: a well-known name that is also a word (word-names.txt), whole or with a particle.
    const listed = twoSyllables && WORD_NAMES.has(next.noun) ? next.noun : undefined;
    const name = stageName(head, next.name) ?? listed ?? next.name ?? (next.text.endsWith('나') && isNameReadWhole(next.text) ? next.text : undefined);
    // 멤버 진의 첫 앨범: a two-syllable word in 의 is a one-syllable name and the genitive, too short to take.
    if (name !== undefined && (name.length >= 3 || (twoSyllables && !name.endsWith('의')))) {
      out.push(personMention(text, next, next, name, 'title-name', { title }, next.start + name.length));
      continue;
    }
    // 가수 모리스는, 투수 페레즈가: after the words of stage and sport one transliterated word may be the name.
    const after = tokens[i + 2];
    const alone = next.particle !== '' || !after?.joined || AFTER_NAME.has(after.noun);
    if (twoSyllables && alone && isForeignNameWord(next.noun) && mayBeLoneName(next.noun)) {
      out.push(personMention(text, next, next, next.noun, 'title-name', { title }, next.start + next.noun.length));
      continue;
    }
    const second = tokens[i + 2];
    if (!second?.joined) continue;
    const family = splitNoun(second.text)[0];
    if (AFTER_NAME.has(family)) continue; // 선두타자 홈런 등으로
    const foreign = isForeignNameWord(next.text) ? canBeForeignName(family) : canBeForeignFirstName(next.text) && isForeignNameWord(family);
    if (foreign) {
      out.push(personMention(text, next, second, `${next.text} ${family}`, 'title-foreign-name', { title }, second.start + family.length));
    }
  }
  return out;
}

/** Titles of a group's members, who go by stage names of two syllables (리더 하진, 멤버 서윤). */
const STAGE_NAME_TITLES = new Set(['리더', '멤버']);

/**
 * 리더 하진은, 멤버 서윤이: after a member's title, a word read whole as a three-syllable name whose last syllable
 * is a particle that fits the two before it is a stage name and its particle (하진 + 은), not 하 + 진은.
 */
function stageName(head: string, word: string | undefined): string | undefined {
  if (word === undefined || !STAGE_NAME_TITLES.has(head) || word.length !== 3 || !HANGUL.test(word)) return undefined;
  const [noun, particle] = splitParticle(word);
  return noun.length === 2 && particle !== '' ? noun : undefined;
}

/** A title that may stand before a name: 배우, or one with the copula (사무국장인). */
export function standsBeforeName(word: string): boolean {
  return titleBeforeName(word) !== undefined;
}

/**
 * Heads of compound titles (영화배우, 축구선수, 해금연주자, 선두타자, 중앙수비수). Not 화가 or 시인: 대화가, 전화가 and 재시인
 * are other words, and a title before a name never carries a particle.
 */
const COMPOUND_HEADS = new Set(['배우', '가수', '감독', '작가', '선수', '투수', '타자', '포수', '수비수', '공격수', '골키퍼', '기자', '모델', '코치', '연주자', '래퍼', '댄서', '멤버']);

/**
 * The title a word stands for before a name: itself (배우 김하늘), a title with the copula (CEO인 딕
 * 코스톨로, 사무국장인 마츠 말름), or a compound whose head is a word of stage, sport or press (영화배우
 * 김하늘, 축구선수 박지성, 해금연주자 김민지, 사진기자 이수진): those take any short modifier before them.
 */
function titleBeforeName(word: string): { title: string; head: string } | undefined {
  if (BEFORE_NAME.has(word)) return { title: word, head: word };
  if (word.endsWith('인') && TITLES.has(word.slice(0, -1))) return { title: word.slice(0, -1), head: word.slice(0, -1) };
  if (word.length < 3 || word.length > 7 || !HANGUL.test(word)) return undefined;
  for (let n = 2; n <= Math.min(4, word.length - 1); n++) {
    const head = word.slice(-n);
    if (COMPOUND_HEADS.has(head) && word.length - n <= 3) return { title: word, head };
  }
  return undefined;
}
