// A title written together with the name: 홍길동씨는, 차희건기자, 김씨, 김위원장은, 이연구원은.
import type { Mention } from '../../types.js';
import { NOT_NAMES, SURNAME_STARTS, SURNAMES, TITLES } from './lexicon.js';
import { personMention } from './mention.js';
import { mayBeBareName } from './bare.js';
import { isKoreanName, surnameOf } from './name-shape.js';
import type { Token } from './tokens.js';

/**
 * Titles written fused to a bare surname (김위원장, 이연구원); only these, as a surname syllable before
 * another title is often part of a word (원시인, 조수석, 감사원, 여교수).
 */
const AFTER_SURNAME = new Set([
  ...['씨', '군', '기자', '대표', '교수', '감독', '회장', '사장', '장관', '의원', '총리', '후보', '판사', '위원장', '대통령', '연구원', '위원', '원장', '차관', '변호사', '선수', '코치'],
  // Ranks, trades and old forms of address that stories and reports write onto a surname (박형사, 김일병, 이도령); not
  // 대감 or 영감, which end other words (기대감).
  ...['형사', '경사', '경위', '경장', '순경', '반장', '주임', '선생', '박사', '여사', '노인', '간호사', '목사', '작가', '셰프', '선장'],
  ...['일병', '상병', '병장', '하사', '중사', '중위', '대위', '소령', '중령', '대령', '장군'],
  ...['서방', '생원', '진사', '첨지', '참봉', '선달', '별감', '도령', '낭자'],
]);

/** Surnames that also prefix nouns: 여교수 'woman professor', 남배우 'male actor'. */
const SEX_PREFIXES = new Set(['여', '남']);
/** Titles that take no such prefix, after which 남 and 여 are surnames (남씨, 남경사, 여일병). */
const UNSEXED = new Set(['씨', '경사', '반장', '주임', '서방', '생원', '진사', '첨지', '참봉', '선달', '별감', '도령', '일병', '상병', '병장', '하사', '중사', '중위', '대위', '소령', '중령', '대령', '셰프', '선장']);

/**
 * Branch bodies whose first syllable is a surname and whose head, the body with 장, ends like a title
 * fused onto that surname: 지회장 (a union branch's head) is no 지 + 회장, nor 지사장 지 + 사장, 지원장 지 + 원장.
 */
const BRANCH_BODIES = new Set(['지회', '지사', '지원', '지부', '지점', '지청', '지국', '지소', '지구', '분회', '분원', '분소']);

/** Titles that stick to a full name in print: 홍길동씨, 차희건기자. */
const AFTER_FULL_NAME = ['씨', '기자', '특파원'];

/**
 * Titles that stick to a three-syllable name in print less often (박도윤본부장은, 최은호회장이): only after a
 * name of the bare-name shape (bare.ts), since two syllables before them are usually a department
 * (정치부장, 편집국장, 조직위원장).
 */
const AFTER_SHAPED_NAME = ['본부장', '위원장', '회장', '사장', '대표', '교수', '부장', '과장', '차장', '실장', '팀장', '국장', '원장', '소장', '감독', '의원', '장관', '총장'];

/** `at`: the indices of the words flagged FUSED. */
export function findFused(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    const f = t.fused!;
    // 정 모씨는: 모 is the anonymising 'a certain', the surname the word before.
    const prev = tokens[i - 1];
    if (f.name.startsWith('모 ') && i > 0 && t.joined && prev.text.length === 1 && SURNAMES.has(prev.text)) {
      out.push(personMention(text, prev, prev, `${prev.text}모${f.title}`, 'anonymised', { title: f.title }));
      continue;
    }
    out.push(personMention(text, t, t, f.name, f.rule, { title: f.title, partial: f.partial }, t.start + f.cut));
  }
  return out;
}

/** A name and title read from a noun, the mention ending `cut` characters into the word. */
export interface Fused {
  name: string;
  rule: string;
  title: string;
  partial?: 'surname';
  cut: number;
}

/** The name and title fused in a noun (worked out once per distinct word, in word-table.ts). */
export function fusedIn(noun: string): Fused | undefined {
  if (noun.length < 2 || !SURNAME_STARTS.has(noun[0]) || TITLES.has(noun) || NOT_NAMES.has(noun)) return undefined;
  const surname = surnameOf(noun);
  if (!surname) return undefined;
  // 김선생님, 박교수님: the title with the honorific 님.
  const title = noun.endsWith('님') && noun.length > surname.length + 2 ? noun.slice(surname.length, -1) : noun.slice(surname.length);
  const head = title.endsWith('장') && BRANCH_BODIES.has(noun.slice(0, surname.length + title.length - 1));
  if (AFTER_SURNAME.has(title) && !head && (!SEX_PREFIXES.has(surname) || UNSEXED.has(title))) {
    return { name: `${surname} ${title}`, rule: 'surname-title-fused', title, partial: 'surname', cut: surname.length };
  }
  const after = AFTER_FULL_NAME.find((x) => noun.endsWith(x));
  const name = after && noun.slice(0, -after.length);
  // 이모씨, 김모씨: an anonymised name, of which only the surname is a name.
  if (after === '씨' && name === `${surname}모`) return { name: `${surname}모씨`, rule: 'anonymised', title: '씨', cut: surname.length };
  if (after && name && isKoreanName(name) && name !== `${surname}모`) return { name, rule: 'name-title-fused', title: after, cut: name.length };
  const longer = noun.length >= 5 ? AFTER_SHAPED_NAME.find((x) => noun.length === 3 + x.length && noun.endsWith(x)) : undefined;
  if (longer && mayBeBareName(noun.slice(0, 3), '')) return { name: noun.slice(0, 3), rule: 'name-title-fused', title: longer, cut: 3 };
  return undefined;
}
