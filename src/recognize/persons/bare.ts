// Three-syllable Korean names with no title, known by their shape and a weaker context: two names joined
// by 와/과, a comma or a hyphen (신현지와 황현주가, 송지훈-배민수 조), an age, a score or a team in brackets (김연경(24)의, 김재범(마사회)은, 박서준(71.5점)), the
// subject of a quotation (장승조는 “…), first in a sentence or clause with a particle (추신수는 …) or
// before a comma as a headline's topic (허민수, 3년 만에 정상), after a
// modifier clause or sentence adverb (우승한 김민지는, 이날 최유진의), with one of the most frequent
// surnames as a subject, partner or owner or in a list (강민호가, 강민호, …), or a name the document uses
// at least twice, or before 측, 소속사 or a kinship word (한서윤 측은). A name joined by 와/과 or a comma to such a word may have rarer given syllables
// (탁곤길과 김민준은). The shape: a surname, two syllables common in given names (given-syllables.txt),
// no body-name ending; common words of that shape are kept out by not-names.txt.
import type { Mention } from '../../types.js';
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { NOT_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { hasCommonGivenName, isKoreanName, isPlaceWord, nameScore, surnameOf } from './name-shape.js';
import type { Token } from './tokens.js';
import { BARE_NAME } from './word-flags.js';

/** Particles after which a bare three-syllable word is read as a name. */
const NAME_PARTICLES = new Set(['은', '는', '이', '가', '와', '과', '의', '에게', '에게는', '도', '을', '를', '']);
/** A note after a name: an age, a score or share (58.48점, 28.5%), a count of wins (6회), a team or club, a note of several words only when a middle dot, a figure or 씨 follows its first (이상 한빛, 한빛건설 · 190㎝), not a gloss (변환기(언어 오류 …)). */
const AGE_AFTER = /\((?:[0-9]{1,3}(?:\.[0-9]{1,2}[점%]?)?[).·,]|[0-9]{1,2}회\)|[가-힣A-Za-z]{1,12}(?:[)·,]| [·ㆍ0-9]| 씨\))|이상 )/y;
const QUOTE_AFTER = /[ \t]*["“]/y;
const SUBJECT = new Set(['은', '는', '이', '가']);
/** 와/과, a comma or middle dot, or a hyphen pairing names (김민수-박지훈 커플, 3번 매치 윤하준-최도현). */
const AND_AFTER = /^(?:[와과][ \t]+|[ \t]*[,·][ \t]*|-)$/;

/** `at`: the indices of the words flagged BARE_NAME. */
export function findBareNames(text: string, tokens: Token[], at: number[]): Mention[] {
  const shaped: Array<{ t: Token; noun: string; particle: string; i: number }> = [];
  const count = new Map<string, number>();
  for (const i of at) {
    const t = tokens[i];
    const { noun, particle } = t;
    shaped.push({ t, noun, particle, i });
    count.set(noun, (count.get(noun) ?? 0) + 1);
  }
  const out: Mention[] = [];
  for (let n = 0; n < shaped.length; n++) {
    const { t, noun, particle, i } = shaped[n];
    AGE_AFTER.lastIndex = t.start + 3;
    const aged = particle === '' && AGE_AFTER.test(text);
    QUOTE_AFTER.lastIndex = t.end;
    const speaks = SUBJECT.has(particle) && QUOTE_AFTER.test(text);
    const prev = shaped[n - 1];
    const next = shaped[n + 1];
    const joinedToPrev = prev?.i === i - 1 && AND_AFTER.test(prev.particle + text.slice(prev.t.end, t.start));
    const joinedToNext = next?.i === i + 1 && AND_AFTER.test(particle + text.slice(t.end, next.t.start));
    // 정호연은 …, 추신수를 … first in a sentence or clause; 허민수, 첫 우승: a headline's topic before a comma.
    const opens = !t.joined && (particle !== '' || (text.charCodeAt(t.end) === COMMA && !inList(text, tokens, i)));
    const introduced = particle !== '' && t.joined && introducesSubject(tokens[i - 1]);
    const listed = particle === '' && LIST_MARKS.has(text.charCodeAt(t.end)); // 강민호, …
    // Not after a genitive (국민의 …), unless it is a known body's: 파드리스의 김하성은, 토트넘의 손흥민이 (a team's player).
    const owned = tokens[i - 1]?.particle === '의' && !(t.joined && KNOWN_ORGS.has(tokens[i - 1].noun));
    const common = (COMMON_PARTICLES.has(particle) || listed) && COMMON_SURNAMES.has(noun[0]) && !owned;
    const before = partner(text, tokens[i - 1], t);
    const after = partner(text, t, tokens[i + 1]);
    if (before) out.push(pairMention(text, tokens[i - 1]));
    if (after) out.push(pairMention(text, tokens[i + 1]));
    const repeated = count.get(noun)! >= 2 && particle !== '';
    // 한서윤 측은, 한서윤 소속사; not a verb after its object (소송을 제기한 부부는).
    const owner = particle === '' && tokens[i + 1]?.joined === true && OWNED.has(tokens[i + 1].noun) && !afterObject(tokens[i - 1], t);
    if (opens || introduced || common || aged || speaks || joinedToPrev || joinedToNext || before || after || repeated || owner) {
      out.push(personMention(text, t, t, noun, 'bare-name', {}, t.start + 3));
    }
  }
  return out;
}

/**
 * Whether tokens[i], before a comma, is an item of a list rather than a headline's topic: a comma or
 * middle dot before it, or the word after the comma listed on (동영상, 사진 등이; 윷놀이, 용신제, …).
 */
function inList(text: string, tokens: Token[], i: number): boolean {
  let k = tokens[i].start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  if (LIST_MARKS.has(text.charCodeAt(k))) return true;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (next.particle === '와' || next.particle === '과' || LIST_MARKS.has(text.charCodeAt(next.end))) return true;
  const after = tokens[i + 2];
  return after !== undefined && after.joined && (after.noun === '등' || after.noun === '및');
}

/**
 * Words after which a name-shaped word with a particle is a person far more often than a thing: a clause
 * ending in a modifier (우승한 김민지는, 입국한 박서준이) or a sentence adverb (이날 최유진은). After a
 * plain noun, a genitive or a topic the word is usually a compound's head (대통령의 지지율이, 대형
 * 공연장이, 회사는 안정성을).
 */
function introducesSubject(prev: Token | undefined): boolean {
  if (prev === undefined) return false;
  const { text } = prev;
  if (SUBJECT_ADVERBS.has(text)) return true;
  // 회사는, 그는: a topic, not a modifier (받은 is 받 + 은 too, so a one-syllable stem passes).
  if ((prev.particle === '은' || prev.particle === '는') && (prev.noun.length >= 2 || PRONOUNS.has(prev.noun))) return false;
  const code = text.charCodeAt(text.length - 1) - 0xac00;
  return text.length >= 2 && code >= 0 && code < 11172 && code % 28 === 4; // final ㄴ: 받은, 오른, 입국한
}

/** Whether `t`, ending in ㄴ after a word with a case particle, is a verb before a noun (소송을 제기한). */
function afterObject(prev: Token | undefined, t: Token): boolean {
  const code = t.text.charCodeAt(t.text.length - 1) - 0xac00;
  return prev !== undefined && t.joined && CASE_PARTICLES.has(prev.particle) && code % 28 === 4;
}

const CASE_PARTICLES = new Set(['을', '를', '에', '에서', '로', '으로', '와', '과', '이', '가', '에게']);

/** Nouns a person's name stands before without 의: their side, agency, self, partner or kin (한서윤 측은, 한서윤 소속사). */
const OWNED = new Set(['측', '소속사', '본인', '커플', '부부', '남편', '아내', '부인', '어머니', '아버지', '모친', '부친']);

const PRONOUNS = new Set(['그', '이', '저', '나', '너']);
const SUBJECT_ADVERBS = new Set(['이날', '한편', '특히', '또', '또한', '결국', '당시', '앞서', '이어', '이로써', '그러나', '하지만', '이후', '최근', '현재', '전날', '그러자', '반면', '다만', '게다가', '마침내', '그런데', '그리고', '정작', '이어서', '먼저', '우선', '아울러', '이에', '이때', '그때', '오늘', '어제', '지난해', '올해']);

/** Whether `a` and `b` are joined by 와/과 or a comma and the one not name-shaped is a three-syllable Korean name. */
function partner(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (a === undefined || b === undefined || !b.joined) return false;
  const other = a.flags & BARE_NAME ? b : a;
  if (other.flags & BARE_NAME || other.noun.length !== 3 || !NAME_PARTICLES.has(other.particle)) return false;
  if (NOT_NAME_FINALS.has(other.noun[2]) || !isKoreanName(other.noun) || isPlaceWord(other.noun)) return false;
  return AND_AFTER.test(a.particle + text.slice(a.end, b.start));
}

function pairMention(text: string, t: Token): Mention {
  return personMention(text, t, t, t.noun, 'bare-name-pair', {}, t.start + 3);
}

/** Particles after which a word of the most frequent surnames is a name: a subject, partner or owner, not an object (안정성을). */
const COMMA = 0x2c;
const LIST_MARKS = new Set([COMMA, 0xb7]); // , ·
const COMMON_PARTICLES = new Set(['은', '는', '이', '가', '와', '과', '의', '도']);
/** The most frequent surnames, which carry most Korean names: rarer ones start more common words (지하수, 배우자). */
const COMMON_SURNAMES = new Set(['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍']);

/**
 * Last syllables of place names, suffixes and verb stems (경상도, 백현동, 이란전, 연예계, 지원하, 안정세), and of
 * fields of study, arts and rates (성리학, 연금술, 성장률).
 */
const NOT_NAME_FINALS = new Set(['하', '세', '도', '동', '시', '군', '구', '읍', '면', '리', '전', '계', '학', '술', '률']);

/**
 * Suffixes that make nouns of nouns (관객+수 count, 주차+장 place, 참가+자 person, 표준+형 type), also
 * common last syllables of given names: after a common word (not-names.txt) they make a word.
 */
const NOUN_SUFFIXES = new Set(['수', '장', '자', '형', '권', '량', '비', '품', '관', '실', '층', '성']);

/** A word a bare name may be: a name's shape with a particle that may follow a name (per distinct word). */
export function mayBeBareName(noun: string, particle: string): boolean {
  return NAME_PARTICLES.has(particle) && looksLikeBareName(noun);
}

function looksLikeBareName(noun: string): boolean {
  if (noun.length !== 3 || NOT_NAME_FINALS.has(noun[2]) || nameScore(noun) < 3 || !isKoreanName(noun)) return false;
  if (NOUN_SUFFIXES.has(noun[2]) && NOT_NAMES.has(noun.slice(0, 2))) return false; // 주차장, 참가자: a word and a suffix
  return surnameOf(noun)!.length === 1 && hasCommonGivenName(noun) && !isPlaceWord(noun);
}
