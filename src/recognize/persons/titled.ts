// Names before a title: 홍민 통일연구원 선임연구위원은, 블라디미르 푸틴 러시아 대통령, 김 위원장, 신대원 기자,
// 문재인 정부. From each title the rule walks back over at most five joined words: the Korean name there
// that looks most like one (nameScore; on a tie the nearer the title, as a place or party before a name
// can look like one: 용인정 미래당 이상민 후보), else the leftmost transliterated name of
// one or two words, is the name, the words between it and the title its affiliation; a bare surname
// right before the title is a partial mention.
import type { Mention } from '../../types.js';
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { bodyBefore, bodyInNote, DEPARTMENT, provinceInDo } from './affiliation.js';
import { ANONYMOUS_TITLES } from './anonymised.js';
import { AMBIGUOUS_TITLES, COUNTRIES, FAMILY_NAME_TITLES, SURNAMES, TITLES, titleEnding, WORD_NAMES } from './lexicon.js';
import { personMention, TITLE_MODIFIERS } from './mention.js';
import { BODY_FINALS, canBeForeignFirstName, canBeForeignName, hasCommonGivenName, isForeignNameWord, isKoreanName, isOneSyllableName, isPatronymic, isPlaceWord, looksForeign, nameScore, VERBAL_ENDINGS } from './name-shape.js';
import { isDigit, isListGap, type Token } from './tokens.js';
import { vietnameseBefore } from './vietnamese-name.js';
import { isChineseFullName } from './chinese-titled.js';
import { titleOf } from './words.js';
import { ANONYMISED, FOREIGN_FIRST } from './word-flags.js';

const WINDOW = 5;
/** Closing quotation marks and brackets, after which a syllable is a particle: '내일'은 (not " "정 전 …"). */
const CLOSING_MARKS = new Set([0x27, 0x22, 0x2019, 0x201d, 0x29, 0x5d, 0x300d, 0x300f]);
const SPACE = /\s/;



/** `at`: the indices of the words flagged TITLE_HEAD (a title, or a head like 정부). */
export function findTitled(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    if (i === 0 || !tokens[i].joined) continue;
    const word = tokens[i].text;
    const title = tokens[i].title;
    // 통일연구원 선임연구위원: a body named like a title (…연구원) is the affiliation of the title after it.
    if (title === word && tokens[i + 1]?.joined && tokens[i + 1].title !== undefined) continue;
    let j = i - 1; // the word right before the title, past 전/신임 (a 전 that starts the phrase may be a surname)
    if (isDigit(word.charCodeAt(0))) {
      // 제1비서, 제2차관: an ordinal and a whole title, the ordinal's 제 part of it (not 제2전시장, a hall).
      if (title === undefined || !(TITLES.has(title) || TITLES.has(title.replace(/^[0-9]+/, '')))) continue; // 9단 is listed whole
      if (tokens[j].text === '제' && tokens[j].end === tokens[i].start) j--;
    }
    while (j > 0 && tokens[j].joined && tokens[j + 1].joined && TITLE_MODIFIERS.has(tokens[j].text)) j--;
    if (!tokens[j + 1].joined || (TITLE_MODIFIERS.has(tokens[j].text) && !SURNAMES.has(tokens[j].text))) continue;
    const t = tokens[j];
    if (title === '씨' && t.text === '모' && j > 0 && tokens[j].joined && SURNAMES.has(tokens[j - 1].text)) {
      // 이 모 씨: an anonymised name, of which only the surname is a name.
      const s = tokens[j - 1];
      out.push(personMention(text, s, s, `${s.text}모씨`, 'anonymised', { title }));
      continue;
    }
    // A호 선장, 3호 차장, '내일'은 실행위원: a syllable written onto a letter, digit or closing mark is no surname.
    const closing = CLOSING_MARKS.has(text.charCodeAt(t.start - 1)) && t.start >= 2 && !SPACE.test(text[t.start - 2]);
    const glued = (j > 0 && tokens[j - 1].end === t.start) || closing;
    if (title !== undefined && SURNAMES.has(t.text) && !glued && !(AMBIGUOUS_TITLES.has(title) && t.text === '이')) {
      const fullTitle = text.slice(tokens[j + 1].start, tokens[i].start) + title;
      out.push(personMention(text, t, t, `${t.text} ${fullTitle}`, 'surname-title', { title, partial: 'surname' }));
      continue;
    }
    if (title !== undefined && ANONYMOUS_TITLES.has(title) && /^[A-Z]$/.test(t.text)) {
      out.push(personMention(text, t, t, `${t.text}${title}`, 'anonymous', { title }));
      continue;
    }
    let a = j;
    while (a > 0 && j - a < WINDOW - 1 && tokens[a].joined && continuesPhrase(tokens[a - 1])) a--;
    if (title === undefined) a = Math.max(a, j - 1); // 문재인 정부, 조 바이든 정부: only the name right before
    // 윤하늘 의원(미래당·서울 마포을): the body noted after the title, before any written before the name.
    const noted = title !== undefined && tokens[i].particle === '' && text.charCodeAt(tokens[i].end) === OPEN ? bodyInNote(text, tokens[i].end) : undefined;
    const next = tokens[i + 1];
    const endsPhrase = tokens[i].particle !== '' || !next?.joined || WITH_TITLED.has(next.noun);
    // 오르테가 장관은: a foreign family name may end in 가 where no nominative can stand, before a title that ends the phrase.
    const gaFits = GA_TITLE_ENDS.has(tokens[i].particle);
    const names = namesInWindow(text, tokens, a, j, title, noted, endsPhrase, gaFits);
    // 전세 시장, 사망 경위: before a title that is also a common noun only a clear name counts.
    const ambiguous = title !== undefined && AMBIGUOUS_TITLES.has(titleEnding(title) ?? title) && !isLocalHead(title);
    out.push(...(ambiguous ? names.filter((m) => m.name.includes(' ') || (m.name.length === 3 && nameScore(m.name) === 3)) : names));
  }
  return out;
}

/** 포항시장, 양평군수: a city's or county's name written on 시장 or 군수 makes it its head, not a market or supplies. */
function isLocalHead(title: string): boolean {
  return title.length >= 4 && (title.endsWith('시장') || title.endsWith('군수')) && isPlaceWord(title.slice(0, -2));
}

/** What may follow a title right after a family name in 가: nothing, the topic or the genitive (not 장관이 됐다). */
const GA_TITLE_ENDS = new Set(['', '은', '는', '의']);

/** 오르테가, 몬테르가: a transliterated family name ending in 가, its stem transliterated too. */
function familyInGa(word: string): boolean {
  return word.length >= 3 && word.endsWith('가') && isForeignNameWord(word.slice(0, -1));
}

/** 호프만, 카우프만: a transliterated family name ending in 만 inside a name-title phrase, where no 'only' stands. */
function familyInMan(word: string): boolean {
  return word.length >= 3 && word.endsWith('만') && isForeignNameWord(word.slice(0, -1));
}

/** Words after a titled name that are its company or side, not a noun the title qualifies (전 대통령 부부, 대표 측). */
const WITH_TITLED = new Set(['부부', '내외', '일행', '측', '가족', '부인', '남편', '아내', '등', '일가']);

/** A Korean, transliterated or anonymised name (정모), or a common foreign first name. */
function namedNext(t: Token): boolean {
  return t.korean || (t.flags & (ANONYMISED | FOREIGN_FIRST)) !== 0 || isForeignNameWord(t.text);
}

/**
 * A word that can stand before the name-affiliation words: no title (오세훈 서울시장 대신 김민준 시장),
 * digit or particle (김정은 is a name, not 김정+은; a listed first name ends as it may: 아날레나).
 */
function continuesPhrase(t: Token): boolean {
  return t.title === undefined && !isDigit(t.text.charCodeAt(0)) && (t.particle === '' || mayEndInParticle(t) || WORD_NAMES.has(t.text) || familyBeforeTitle(t.text) || familyInMan(t.text) || (t.flags & FOREIGN_FIRST) !== 0 || provinceInDo(t));
}

const OPEN = 0x28;

/** Adverbs made of an adjective (정직하게, 조용히, 크게), after which a word in 한 modifies the title. */
const ADVERB_END = /[가-힣](?:게|히)$/;

/** Particles that are also common last syllables of given names (김정은, 배두나, 김상도). */
const NAME_LIKE_PARTICLES = new Set(['은', '이', '나', '도']);

/** 김정은, 배두나: a three-syllable name whose last syllable could be a particle but is not. */
function mayEndInParticle(t: Token): boolean {
  return t.text.length === 3 && NAME_LIKE_PARTICLES.has(t.particle) && t.korean && hasCommonGivenName(t.text);
}

/**
 * A transliterated family name inside a name-title phrase, where no particle can stand: one that ends
 * in 엔 (폰데어라이엔 EU 집행위원장) or 에 (바르니에 총리) is whole, though elsewhere 엔 is often 에는 contracted
 * and 에 a particle.
 */
function familyBeforeTitle(word: string): boolean {
  if (isForeignNameWord(word)) return true;
  const last = word.at(-1);
  if (last === '엔' && word.length >= 4) return isForeignNameWord(word.slice(0, -1));
  if (last !== '에' || word.length < 3) return false;
  // 바르니에: the stem may end like a native word (니), so its first syllables must show it foreign.
  const stem = word.slice(0, -1);
  return canBeForeignName(stem) && (looksForeign(stem) || looksForeign(stem.slice(0, -1)));
}

/** A word of an affiliation between a name and its title: a noun, at most with 의 (러시아의), or a body's short name, a department or a country that reads like one with a particle (한은, 경제학과, 우크라이나). */
function isAffiliationWord(t: Token): boolean {
  if (ADVERBS.has(t.text)) return false; // 뒤를 이은 또 럼 서기장: 이은 is a verb, not a name with an affiliation 또 럼
  // 우크라이나, 애리조나, 니카라과: a country or place whose last syllable reads like a particle.
  return t.particle === '' || t.particle === '의' || KNOWN_ORGS.has(t.text) || DEPARTMENT.test(t.text) || provinceInDo(t) || COUNTRIES.has(t.text) || isPlaceWord(t.text);
}

/** Adverbs and conjunctions that may stand between a word and a title, never in an affiliation. */
const ADVERBS = new Set(['또', '및', '더', '곧', '또한', '역시', '다시', '이미', '함께', '특히', '바로']);

/** Awards, whose nominees are 후보 too: 대상, 작품상, 신인상, 여우조연상, 최우수연기상. */
const AWARD = /^(?:대상|[가-힣]*(?:작품|신인|주연|조연|연기|감독|각본|인기|공로|특별|우수|음악|미술|촬영|편집|남우|여우)상)$/;

/**
 * Titles of political and public office: a university or a military unit (서울대 교수, 3사단 대대장) does
 * not stand right before them, so there a full name may end in 대 (박찬대 원내대표, 김성대 의원).
 */
const OFFICE_TITLES = new Set(['씨', '의원', '원내대표', '대표', '최고위원', '장관', '차관', '후보', '위원장', '대통령', '총리', '시장', '지사', '구청장', '군수', '회장', '사장', '대변인', '비서관', '수석']);

/** 국무부 대변인, 서울대 교수: a word ending like a body's name is not the name before the title (but 김동원 교수, 박찬대 의원). */
function endsLikeBodyBefore(w: string, title: string | undefined): boolean {
  const last = w.at(-1)!;
  if (last === '원' || !BODY_FINALS.has(last)) return false;
  return !(last === '대' && title !== undefined && OFFICE_TITLES.has(title) && isKoreanName(w) && !KNOWN_ORGS.has(w) && !isPlaceWord(w.slice(0, -1))); // 경남대: a place's university
}

/** Whether tokens[k..j] may all be words of an affiliation (so when k > j). */
function affiliationFrom(tokens: Token[], k: number, j: number): boolean {
  for (let n = k; n <= j; n++) if (!isAffiliationWord(tokens[n])) return false;
  return true;
}

/** The affiliation written between the name tokens[k] and the title, tokens[k+1..j], or undefined. */
function affiliationAfter(text: string, tokens: Token[], k: number, j: number): string | undefined {
  // 민희진 전 어도어 대표: a modifier of the title (전, 현) before the body is no part of the affiliation.
  let from = k + 1;
  while (from < j && TITLE_MODIFIERS.has(tokens[from].text)) from++;
  return from <= j && k < j ? text.slice(tokens[from].start, tokens[j].end) : undefined;
}

/** A transliterated word after the name tokens[k], up to j, makes it foreign, but not one written onto the word before it (SK하이닉스). */
function foreignAfter(tokens: Token[], k: number, j: number): boolean {
  for (let n = k + 1; n <= j; n++) if (isForeignNameWord(tokens[n].text) && tokens[n - 1].end !== tokens[n].start) return true;
  return false;
}

function namesInWindow(text: string, tokens: Token[], a: number, j: number, title: string | undefined, noted: string | undefined, titleEndsPhrase: boolean, gaFits: boolean): Mention[] {
  // 백상 대상 후보, 조연상 후보: a nominee of an award; the name stands after the award, if at all.
  let from = title === undefined ? j : a;
  if (title === '후보') for (let k = a; k <= j; k++) if (AWARD.test(tokens[k].text)) from = k + 1;
  let best = -1;
  let bestScore = 0;
  for (let k = from; k <= j; k++) {
    const t = tokens[k];
    const w = t.text;
    // 조국혁신당 조국 대표는: a listed well-known name that is also a word, right before its title, which
    // ends the phrase (not 정보 공유 대표 사례, where 대표 qualifies a noun).
    // 왕이 중국 외교부장: or with the person's country between.
    const nextToTitle = k === j || (k === j - 1 && tokens[j].particle === '' && COUNTRIES.has(tokens[j].text));
    if (nextToTitle && title !== undefined && WORD_NAMES.has(w) && !AMBIGUOUS_TITLES.has(titleEnding(title) ?? title) && titleEndsPhrase) {
      best = k;
      bestScore = 3;
      continue;
    }
    if (!t.korean || !affiliationFrom(tokens, k + 1, j) || (title === undefined && w.length < 3)) continue;
    if (k === j && endsLikeBodyBefore(w, title)) continue;
    if (w.length === 2 && !hasCommonGivenName(w)) continue; // 부산 시장, 석사 학위: a short name must look like one
    if (w.length === 2 && !titleEndsPhrase) continue; // 정보 공유 대표 사례: before a title that qualifies a noun, a word
    if (k < j && t.flags & FOREIGN_FIRST) continue; // 안나 뮐러 장관: a listed first name starts a foreign name
    if (k > a && tokens[k - 1].flags & FOREIGN_FIRST) continue; // 후안 안토니오 피치: a family name, not 피 + 치
    if (title !== '씨' && isPlaceWord(w)) continue; // 제주도 관계자, 김해 시장: the place is the affiliation
    // Right before a title a particle cannot stand (배두나 씨 is 배두나); elsewhere it must be a name.
    // Before 씨 any Korean name is whole, even one ending like a particle (김수로 씨 is not 김수 + 로).
    // 김상만 감독, 박정만 의원: 만 'only' hardly stands right before a title, and is a common last syllable of given names.
    const beforeTitle = NAME_LIKE_PARTICLES.has(t.particle) || (t.particle === '만' && w.length === 3 && hasCommonGivenName(w)) || (title === '씨' && isKoreanName(w));
    const nameLike = (k === j && title !== undefined && beforeTitle) || mayEndInParticle(t);
    if (foreignAfter(tokens, k, j) || (t.particle !== '' && !nameLike)) continue;
    // 상징인 아웅산 수치 여사: a noun with the copula 인 before another name describes that name.
    if (w.endsWith('인') && k < j && namedNext(tokens[k + 1])) continue;
    // 주혁을 연기한 배우, 정직하게 노래한 시인: after a word with a particle or an adverb, a word in 한 is a verb.
    if (w.endsWith('한') && k > 0 && t.joined && (tokens[k - 1].particle !== '' || ADVERB_END.test(tokens[k - 1].text))) continue;
    const score = nameScore(w);
    if (score >= bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best >= 0) {
    // 한도윤 서지민 최은호 기자: three or more names in a row share the title.
    if (j - best >= 2 && allThreeSyllableNames(tokens, best, j)) {
      return tokens.slice(best, j + 1).map((t) => personMention(text, t, t, t.text, 'names-title', { title }));
    }
    const out = [personMention(text, tokens[best], tokens[best], tokens[best].text, 'name-title', { title, affiliation: affiliationAfter(text, tokens, best, j) ?? noted ?? bodyBefore(text, tokens, best, title) })];
    // 김재룡·리히용 정치국 상무위원: names listed before the first share its title.
    for (let k = best; k > 0 && isListGap(text, tokens[k - 1].end, tokens[k].start) && isKoreanName(tokens[k - 1].text); k--) {
      out.push(personMention(text, tokens[k - 1], tokens[k - 1], tokens[k - 1].text, 'names-title', { title }));
    }
    return out;
  }
  const beforeCountry = foreignBeforeCountry(text, tokens, a, j, title, noted) ?? (title !== undefined ? vietnameseBefore(text, tokens, j, title, noted) : undefined);
  if (beforeCountry) return [beforeCountry];
  // 허리펑 중국 국무원 부총리: a Chinese full name of one word, the nearest to the title.
  for (let k = j; k >= a && title !== undefined; k--) {
    if (tokens[k].particle !== '' || tokens[k].flags & FOREIGN_FIRST || !isChineseFullName(tokens[k].text) || !affiliationFrom(tokens, k + 1, j)) continue;
    if (k > a && (tokens[k - 1].flags & FOREIGN_FIRST || isForeignNameWord(tokens[k - 1].text))) break; // a word of a longer foreign name
    return [personMention(text, tokens[k], tokens[k], tokens[k].text, 'chinese-title', { title, affiliation: affiliationAfter(text, tokens, k, j) ?? noted ?? bodyBefore(text, tokens, k, title) })];
  }
  for (let n = a; n <= j; n++) {
    // A transliterated word, or a listed first name (매슈 밀러: neither word looks foreign by its spelling).
    if (!isForeignNameWord(tokens[n].text) && (n === j || !(tokens[n].flags & FOREIGN_FIRST))) continue;
    // 압델 파타 엘시시: Arabic 'servant of' (압델, 압둘) never stands alone; the word after it completes the first name.
    const k = n + 1 < j && SERVANT_OF.has(tokens[n].text) && completesServant(tokens[n + 1]) ? n + 1 : n;
    const next = tokens[k + 1]?.text; // read only when k < j
    // 로버트 파월, 마크 카니: after a first name the family name need not look foreign, only be no
    // body, place, country or title, nor one syllable (옐런 미 재무장관: 미 is the country).
    const firstName = k > n || canBeForeignFirstName(tokens[k].text) || (tokens[k].flags & FOREIGN_FIRST) !== 0; // 안나 may read 안 + 나
    // A word written onto the next one is part of a mixed name (오픈AI), no family name.
    const gluedNext = k + 2 < tokens.length && tokens[k + 2].start === tokens[k + 1].end;
    let last = k < j && !gluedNext && (familyBeforeTitle(next) || familyInMan(next) || (gaFits && k + 1 === j && familyInGa(next)) || isOneSyllableName(next) || (firstName && next.length > 1 && canBeForeignName(next))) ? k + 1 : k;
    // 에릭 텐 하흐 감독, 샤를 드 골 대통령, 우르줄라 폰 데어 라이엔: the particles of a family name take the word after them.
    if (firstName && k < j && FAMILY_PARTICLES.has(next)) {
      let p = k + 1;
      while (p < j && FAMILY_PARTICLES.has(tokens[p].text)) p++;
      if (p > k + 1 && !FAMILY_PARTICLES.has(tokens[p].text) && canBeForeignName(tokens[p].text)) last = p;
    }
    // 후안 안토니오 피치 감독, 블라디미르 블라디미로비치 푸틴: a listed middle name or a patronymic takes the family name after it.
    if (last === k + 1 && last < j && (tokens[last].flags & FOREIGN_FIRST || isPatronymic(tokens[last].text)) && tokens[last + 1].end !== tokens[last + 2]?.start && canBeForeignName(tokens[last + 1].text)) {
      last++;
      // 안드레스 마누엘 로페스 오브라도르 대통령, 루이스 이나시우 룰라 다시우바 대통령: a Spanish or Portuguese
      // name's second family name, right before the title; after three name words it need not look foreign.
      if (last + 1 === j && (isForeignNameWord(tokens[j].text) || (canBeForeignName(tokens[j].text) && !isKoreanName(tokens[j].text)))) last++;
    }
    const first = k > n ? n : last === k && k > a && canBeForeignFirstName(tokens[k - 1].text) ? k - 1 : k;
    if (!affiliationFrom(tokens, last + 1, j)) return [];
    // A family name alone only before a title of state (트럼프 대통령, not 미니스톱 대표) or a head (트럼프 정부).
    if (first === last && title !== undefined && !FAMILY_NAME_TITLES.has(title) && !FAMILY_NAME_TITLES.has(titleEnding(title) ?? title)) return [];
    const name = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
    const single = first === last;
    const rule = single ? 'foreign-title' : 'foreign-name-title';
    return [personMention(text, tokens[first], tokens[last], name, rule, { title, affiliation: affiliationAfter(text, tokens, last, j) ?? noted ?? bodyBefore(text, tokens, first, title), partial: single ? 'short' : undefined })];
  }
  return [];
}

/** 한도윤 서지민 최은호 기자: whether tokens[from..j] are all three-syllable Korean names. */
function allThreeSyllableNames(tokens: Token[], from: number, j: number): boolean {
  for (let k = from; k <= j; k++) if (tokens[k].text.length !== 3 || !isKoreanName(tokens[k].text)) return false;
  return true;
}

/**
 * Particles that open a family name in Dutch, German, French, Spanish and Italian names (텐 하흐, 반 다이크, 드 골,
 * 폰 데어 라이엔, 델 포트로, 다 실바) and Arabic ones ('son of', 'father of the', 'the': 빈 살만, 아불 게이트, 알 마크툼).
 */
const FAMILY_PARTICLES = new Set(['반', '판', '텐', '덴', '데', '드', '델', '디', '폰', '데어', '다', '도스', '두', '르', '라', '빈', '이븐', '아불', '알', '엘']);

/** Arabic 'servant of' (압델 파타, 압둘 아지즈), the first half of a first name of two words. */
const SERVANT_OF = new Set(['압델', '압둘', '압드']);

/** The word after 압델: a bare Hangul word (파타, 라흐만), however else it reads, but no country, place or title. */
function completesServant(t: Token): boolean {
  return t.joined && t.particle === '' && t.text.length >= 2 && HANGUL_WORD.test(t.text) && !COUNTRIES.has(t.text) && !isPlaceWord(t.text) && titleOf(t.text) === undefined;
}
const HANGUL_WORD = /^[가-힣]+$/;

/** Titles of a state's head, ministers and envoys, after which the country before the title is the person's. */
const STATE_TITLE = /(?:대통령|총리|수상|장관|주석|총통|국왕|여왕|왕세자|대사|특사)$/;

/**
 * 시릴 라마포사 남아공 대통령, 루이스 이나시우 룰라 다시우바 브라질 대통령: before a country and a title of
 * state, two to four words that may be a foreign name are one, however they are spelled, when the first
 * may be a first name and the family name has three syllables or more (not 당시 미국 대통령).
 */
function foreignBeforeCountry(text: string, tokens: Token[], a: number, j: number, title: string | undefined, noted: string | undefined): Mention | undefined {
  if (title === undefined || j < 1 || !tokens[j].joined || !STATE_TITLE.test(title)) return undefined;
  const country = tokens[j];
  if (country.particle !== '' || !(COUNTRIES.has(country.text) || isPlaceWord(country.text))) return undefined;
  const last = j - 1;
  const family = tokens[last].text;
  // 카우프만 독일 재무장관: a family name ending like a particle stops the window before it.
  if (family.length < 3 || isPostIn(family) || !mayBeForeignWord(family, last < a)) return undefined;
  // The words may reach past the window, which stops at a word ending like a particle (프리드만 is no 프리드 + 만).
  let first = last;
  while (first > 0 && last - first < 3 && tokens[first].joined && mayBeForeignWord(tokens[first - 1].text, first - 1 < a)) first--;
  while (first < last && !mayOpenForeignName(tokens[first])) first++;
  if (first === last) return undefined;
  // 회담 상대인 일본 총리, 협상 파트너인 미국 대통령: a noun and the copula, unless a first name shows a name.
  if (family.endsWith('인') && !(tokens[first].flags & FOREIGN_FIRST) && !looksForeign(tokens[first].text)) return undefined;
  const name = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  return personMention(text, tokens[first], tokens[last], name, 'foreign-name-country', { title, affiliation: noted ?? country.text });
}

/** 주폴란드 러시아 대사: 주 and a country is an envoy's post 'resident in Poland', no name. */
function isPostIn(word: string): boolean {
  return word.length >= 3 && word.startsWith('주') && (COUNTRIES.has(word.slice(1)) || isPlaceWord(word.slice(1)));
}

/**
 * A first name here may end in ㄴ or ㄹ (시릴, 마르셀), unlike elsewhere, but not in the syllable of a verb
 * before a noun (만난, 열린, 이끌).
 */
function mayOpenForeignName(t: Token): boolean {
  return canBeForeignFirstName(t.text) || (t.flags & FOREIGN_FIRST) !== 0 || (t.text.length >= 2 && !ADNOMINAL_LAST.has(t.text.at(-1)!) && !VERBAL_ENDINGS.has(t.text.at(-1)!));
}

const ADNOMINAL_LAST = new Set([...'한할된될던는은을온올간갈난낸날본볼진질친칠른를운울인일린긴쓴선설끈낀찬탄간단살산앉든']);

/**
 * A word of a foreign name however spelled: no common word, body or title, nor a Korean name of common
 * syllables; `spelled`: outside the window it must also look transliterated (프리드만).
 */
function mayBeForeignWord(word: string, spelled = false): boolean {
  if (spelled) return looksForeign(word) && titleOf(word) === undefined && !COUNTRIES.has(word);
  return (canBeForeignName(word) && !(isKoreanName(word) && hasCommonGivenName(word))) || familyInMan(word);
}
