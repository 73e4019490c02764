// Two transliterated words with no title, a common foreign first name (foreign-first-names.txt) and a
// family name: 스콧 레이놀즈와, 마르코 벨리니가, 애덤 로버츠. The family name must look transliterated
// (loanword syllables, no place, body or country); two loanwords in a row are otherwise more often a
// product or an event (허리케인 샌디, 머드 레슬링) than a person. After a known first name a family name
// may look Korean when its given part is no common Korean one (앤서니 노먼, 케빈 노이어), or be one syllable
// of a surname with a particle (제니퍼 리와, 미셸 위가).
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { canBeForeignName, hasCommonGivenName, isForeignNameWord, isKoreanName, isOneSyllableName, isPatronymic, looksForeign } from './name-shape.js';
import { SURNAMES } from './lexicon.js';
import type { Token } from './tokens.js';
import { titleOf } from './words.js';
import { FOREIGN_FIRST } from './word-flags.js';

/** `at`: the indices of the words flagged FOREIGN_FIRST. */
export function findForeignPairs(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    if (i + 1 >= tokens.length) continue;
    // 카를로스 알베르토 멘데스, 마리야 알렉산드로브나 자하로바: a listed middle name or a patronymic takes the family name after it.
    const m = (hasMiddle(tokens, i) ? nameAt(text, tokens, i, i + 2) : undefined) ?? nameAt(text, tokens, i, i + 1);
    if (m) out.push(m);
  }
  return out;
}

function hasMiddle(tokens: Token[], i: number): boolean {
  const middle = tokens[i + 1];
  // A patronymic in 브나 ends like the particle 나: its whole word counts.
  return (((middle.flags & FOREIGN_FIRST) !== 0 && middle.particle === '') || isPatronymic(middle.text)) && middle.joined && i + 2 < tokens.length;
}

/** The name of the first name tokens[i] (and a middle name) and the family name tokens[f], if it is one. */
function nameAt(text: string, tokens: Token[], i: number, f: number): Mention | undefined {
  const first = tokens[i];
  const second = tokens[f];
  // 에밀리 존슨씨는: the form of address glued to the family name is no part of it.
  const addressed = second.noun.length > 2 && second.noun.endsWith('씨');
  const ga = !addressed && keepsGa(second, tokens[f + 1]);
  // 토마스 노이만 교수, 구스타보 페트로 대통령도: right before the title, 만 'only' and 로 'to' cannot stand; they end the family name.
  const man = !addressed && KEPT_BEFORE_TITLE.has(second.particle) && second.noun.length >= 2 && titledAfter(tokens[f + 1]);
  const family = addressed ? second.noun.slice(0, -1) : (ga && !second.noun.endsWith('가')) || man ? second.text : second.noun;
  if (!second.joined || family.length > 5) return undefined;
  // 클로이 마약사건: the event is the person's, named by the first name alone.
  if (f === i + 1 && isEvent(family, tokens[f + 1])) return personMention(text, first, first, first.text, 'first-name', { partial: 'short' });
  // 오르테가: the stem before 가 must be a family name by itself.
  if (!(ga || man ? familyName(family.slice(0, -1), '') : familyName(family, addressed ? '' : second.particle))) return undefined;
  // 오르테가 장관은: the title that showed 가 part of the name is the person's, which the title rule cannot read past 가.
  const title = addressed ? '씨' : (ga || man) && family === second.text ? titleOf(tokens[f + 1].text) : undefined;
  const given = f > i + 1 ? `${first.text} ${tokens[i + 1].text}` : first.text;
  return personMention(text, first, second, `${given} ${family}`, 'foreign-pair', title ? { title } : {}, second.start + family.length);
}

/** Nouns of events named after a person (클로이 마약사건, 클로이 폭행 사건): no family name ends with them. */
const EVENT_HEADS = ['사건', '사고', '논란', '의혹', '사태', '파문', '스캔들', '재판', '소송', '피살', '실종'];

/** A noun after a first name that, with the word after it, names an event involving the person (폭행사건, 폭행 사건). */
function isEvent(family: string, next: Token | undefined): boolean {
  if (EVENT_HEADS.some((h) => family.length > h.length && family.endsWith(h))) return true;
  return next !== undefined && next.joined && !looksForeign(family) && EVENT_HEADS.includes(next.noun);
}

/**
 * Whether a word after a known first name keeps a final 가 that is no particle: before another particle
 * (오르테가가, 몬테르가는) or a title that ends the phrase (오르테가 장관은), where a nominative cannot stand.
 * Elsewhere 가 is the nominative (벨리니가, 벨리니가 장관이 됐다).
 */
function keepsGa(word: Token, next: Token | undefined): boolean {
  const { noun, particle } = word;
  if (particle !== '' && noun.length >= 3 && noun.endsWith('가')) return true;
  return particle === '가' && noun.length >= 2 && endsWithTitle(next);
}

/** Particles that are also last syllables of family names (노이만, 페트로), kept right before a title. */
const KEPT_BEFORE_TITLE = new Set(['만', '로']);

/** A title right after the name, not 이/가 (노이만 교수가 됐다 may be 'only Neu became professor'). */
function titledAfter(next: Token | undefined): boolean {
  return next !== undefined && next.joined && titleOf(next.text) !== undefined && next.particle !== '이' && next.particle !== '가';
}

/** A title right after the name that ends the phrase (장관은, 교수의), where no particle of the name can stand before it. */
function endsWithTitle(next: Token | undefined): boolean {
  return next !== undefined && next.joined && titleOf(next.text) !== undefined && TITLE_ENDS.has(next.particle);
}

/** What may follow a title right after a name: nothing, the topic or the genitive (장관은, 장관의), not 장관이 (됐다). */
const TITLE_ENDS = new Set(['', '은', '는', '의']);

/**
 * A family name after a known first name: transliterated, or at least no place, body, title or Korean
 * name of common given syllables (앤서니 노먼), or one syllable with a particle (리와).
 */
function familyName(word: string, particle: string): boolean {
  if (word.length === 1) return particle !== '' && SURNAMES.has(word) && isOneSyllableName(word) && titleOf(word) === undefined; // not 조 씨가, 로렌 등이
  return isForeignNameWord(word) || (canBeForeignName(word) && !(isKoreanName(word) && hasCommonGivenName(word)));
}
