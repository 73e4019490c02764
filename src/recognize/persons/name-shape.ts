// What a Korean or a foreign personal name looks like, judged from the word alone.
import { COUNTRIES, endsLikeBody, GIVEN_SYLLABLES, NOT_NAMES, SURNAME_STARTS, SURNAMES, TITLES } from './lexicon.js';
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { isCountryCompound, isPlaceName } from '../places/index.js';
import { hasParticle, perWord, splitNoun, titleOf } from './words.js';

/** A word of Hangul syllables only. */
export const HANGUL = /^[가-힣]+$/;

/** Last syllables of verb and adjective forms (방문한, 지난, 하는), never the end of a Korean name. */
export const VERBAL_ENDINGS: ReadonlySet<string> = new Set(['된', '던', '는', '할', '될', '적', '들', '했', '해', '함', '됨', '며', '면', '다', '서', '고', '게', '등', '을', '를', '에', '께']);

/**
 * Last syllables of verb and adjective forms before a noun (강력한, 이어온, 지낸, 다른, 받은, 새로운),
 * which also end some names: they end a name only when its given name is made of common syllables.
 */
const MODIFIER_ENDINGS = new Set(['한', '온', '낸', '른', '은', '운', '간', '린', '친', '난', '끈', '쓴', '긴', '킨', '본', '진']);

/** The surname a word starts with (two-syllable surnames first), or undefined. */
export function surnameOf(word: string): string | undefined {
  if (word.length >= 3 && SURNAMES.has(word.slice(0, 2))) return word.slice(0, 2);
  return SURNAMES.has(word[0]) ? word[0] : undefined;
}

/** A full Korean name: surname + a one- or two-syllable given name, not a common word or a title. */
const isKoreanNameCached = perWord(isKoreanNameOnce);

export function isKoreanName(word: string): boolean {
  return SURNAME_STARTS.has(word[0]) && isKoreanNameCached(word); // most words fail the first test, uncached
}

function isKoreanNameOnce(word: string, whole = false): boolean {
  if (word.length < 2 || word.length > 4 || !HANGUL.test(word)) return false;
  const surname = surnameOf(word);
  if (!surname) return false;
  const given = word.length - surname.length;
  if (given < 1 || given > 2) return false;
  if (isCountryCompound(word)) return false; // 한중일, 한미: countries, not 한 + a given name
  const last = word.at(-1)!;
  // 김민서 is a name, 위해서 a verb: 서 ends a name only when the given name is made of common syllables.
  if (NOT_NAMES.has(word) || (VERBAL_ENDINGS.has(last) && !(last === '서' && endsLikeNameInSeo(word)))) return false;
  if (last === '히') return false; // 나란히, 조용히: an adverb (foreign names in 히 are no Korean ones)
  const [noun, particle] = whole ? [word, ''] : splitNoun(word);
  if (particle && NOT_NAMES.has(noun)) return false; // 정권의, 연출은
  if (noun.length === surname.length + 1 && noun.endsWith('모')) return false; // 김모, 이모가: an anonymised name
  if (noun.length >= 3 && noun.endsWith('계')) return false; // 강력계, 연예계: a department or a world
  if (noun.endsWith('학교')) return false; // 소학교 교장, 중학교 교사: a school
  // 사장인, 사람인: a title or a common word with the copula 인, not a name like 문재인.
  if (last === '인' && (TITLES.has(word.slice(0, -1)) || NOT_NAMES.has(word.slice(0, -1)))) return false;
  // 강력한, 이어온, 유일한: a verb or adjective before a noun, unless the given name is made of common
  // name syllables (박영한, 이정은).
  if (MODIFIER_ENDINGS.has(last) && !hasCommonGivenName(word)) return false;
  if (KNOWN_ORGS.has(noun)) return false; // 연준 의장: a body before a title is its affiliation
  if (noun.length >= 3 && BUSINESS_WORDS.has(noun.slice(-2))) return false; // 황보건설 대표: a company
  return titleOf(word) === undefined && !looksForeign(word);
}

/**
 * 정유나, 이상은: a three-syllable name that also reads as a common word and a particle (정유 + 나), read
 * whole where no particle can stand: before another particle (정유나가, 정유나는), after an occupation
 * (배우 정유나), before an age in brackets (정유나(35)). Its given name must be of common syllables.
 */
export const isNameReadWhole = perWord((word: string): boolean => {
  if (word.length !== 3 || !NAME_LIKE_ENDINGS.has(word[2]) || !SURNAME_STARTS.has(word[0])) return false;
  return isKoreanName(word) || (hasCommonGivenName(word) && isKoreanNameOnce(word, true));
});

/**
 * Particles that are also common last syllables of given names (배두나, 이상은, 최정이, 정미란: 란 as in
 * 자유란); not 도, which also makes nouns of degree (지지도, 인지도).
 */
const NAME_LIKE_ENDINGS = new Set(['나', '은', '이', '란']);

/** Words that end company names (한빛건설, 대한전자, 우리은행) and no given name. */
const BUSINESS_WORDS = new Set(['건설', '산업', '전자', '은행', '증권', '제약', '물산', '화학', '상사', '통신', '항공', '해운', '식품', '제철', '철강', '생명', '화재', '보험', '공업', '공사', '기업', '재단', '학원']);

/**
 * 김민서, 이윤서, 박예서 against 위해서, 여기서, 나서: before 서 a name has a syllable with a final
 * consonant or a vowel the connective 아서/어서 and the locative 에서 never leave (ㅖ, ㅠ, ㅜ …).
 */
function endsLikeNameInSeo(word: string): boolean {
  if (word.length !== 3 || !hasCommonGivenName(word)) return false;
  const code = word.charCodeAt(1) - 0xac00;
  return code % 28 !== 0 || !CONNECTIVE_VOWELS.has(Math.floor((code % 588) / 28));
}

/** Medials ㅏ ㅐ ㅓ ㅔ ㅕ ㅘ ㅙ ㅚ ㅝ ㅣ, which end a verb stem or 여기/거기 before 서. */
const CONNECTIVE_VOWELS = new Set([0, 1, 4, 5, 6, 9, 10, 11, 14, 20]);

/**
 * A place name of the lexicon (부산, 제주도, 할리우드): before a title it is the affiliation (부산 시장),
 * and alone it is no person; only a title before it makes it a name (작가 한강).
 */
export const isPlaceWord = perWord(isPlaceName);

/** Whether every syllable of the given name (after the surname) is common in names (민준, 서연). */
export function hasCommonGivenName(name: string): boolean {
  for (const ch of name.slice(surnameOf(name)?.length ?? 1)) if (!GIVEN_SYLLABLES.has(ch)) return false;
  return true;
}

/**
 * How much a Korean name looks like one, to choose among the words before a title (장남 신동주 전 부회장,
 * 김민수 서울대 교수): 3 when every given-name syllable is a common one, 2 for other three-syllable
 * names, 1 for other two-syllable ones.
 */
export function nameScore(name: string): number {
  // Two-syllable names are rare, so a three-syllable one wins a tie (오송 참사 당시 윤석열 대통령).
  const score = hasCommonGivenName(name) ? (name.length >= 3 ? 3 : 2.5) : name.length >= 3 ? 2 : 1;
  return BODY_FINALS.has(name.at(-1)!) ? score - 1.5 : score;
}

/**
 * Last syllables of the names of bodies (경남대, 통일부, 기상청, 바른미래당, 강력계, 엘리제궁): they lower a Korean name's
 * score and never end a transliterated name.
 */
export const BODY_FINALS: ReadonlySet<string> = new Set(['대', '원', '부', '청', '국', '당', '회', '단', '처', '실', '위', '군', '계', '궁']);

/**
 * The name a word starts with when the rest is a particle: 홍길동은 → 홍길동, 김하늘이 → 김하늘. A
 * three-syllable word ending in 은/이 stays whole when it is a name itself (김정은), as Korean names
 * are mostly three syllables.
 */
const nameInCached = perWord(nameInOnce);

export function nameIn(word: string): string | undefined {
  return SURNAME_STARTS.has(word[0]) ? nameInCached(word) : undefined;
}

/** Case particles, none of which can follow another particle: 정유나가 is 정유나 + 가, never 정유 + 나 + 가. */
const CASE_PARTICLES = new Set(['이', '가', '은', '는', '을', '를', '의', '와', '과', '에게', '한테', '도', '만']);

function nameInOnce(word: string): string | undefined {
  const whole = isKoreanName(word);
  const [noun, particle] = splitNoun(word);
  const keepWhole = whole && word.length === 3 && (particle === '은' || particle === '이') && hasCommonGivenName(word);
  if (particle && (isKoreanName(noun) || (CASE_PARTICLES.has(particle) && isNameReadWhole(noun))) && !keepWhole) return noun;
  return whole ? word : undefined;
}

const LOCAL_UNITS = new Set(['시', '주', '부', '도', '현', '성']);

/** A Russian patronymic (블라디미로비치, 세르게예비치, 알렉산드로브나), the middle of a name of three words. */
export function isPatronymic(word: string): boolean {
  return word.length >= 4 && (word.endsWith('비치') || word.endsWith('브나')) && HANGUL.test(word);
}

/** A word that may be part of a transliterated name: plain Hangul, not a country, common word or title. */
export const canBeForeignName = perWord(canBeForeignNameOnce);

function canBeForeignNameOnce(word: string): boolean {
  if (!HANGUL.test(word) || COUNTRIES.has(word) || NOT_NAMES.has(word) || endsLikeBody(word)) return false;
  if (KNOWN_ORGS.has(word) || isPlaceWord(word)) return false; // 나토, 할리우드
  // 키이우시, 오사카부: a place and its 시, 주, 부, 도 (a name in 주 or 도 whose stem is no place stays: 루이주)
  if (word.length >= 3 && LOCAL_UNITS.has(word.at(-1)!) && isPlaceWord(word.slice(0, -1))) return false;
  return !BODY_FINALS.has(word.at(-1)!) && titleOf(word) === undefined && !hasParticle(word);
}


/**
 * A full Korean name of common given syllables (박순덕), which is never the family name after a foreign
 * first name: a word before it that looks transliterated (지켜온: 켜) modifies it.
 */
export function isCommonKoreanName(word: string): boolean {
  return word.length === 3 && isKoreanName(word) && hasCommonGivenName(word);
}

/** One word of a transliterated name that shows it (푸틴, 블라디미르, 쇼이구). */
export function isForeignNameWord(word: string): boolean {
  return looksForeign(word) && canBeForeignName(word);
}

/**
 * A first name before a family name that shows it is foreign (올리버 닐슨, 제롬 파월): at least two
 * syllables, and not ending in ㄴ or ㄹ, which is how a verb before a noun ends (만난, 지난, 갈).
 */
export function canBeForeignFirstName(word: string): boolean {
  if (word.length === 1) return isOneSyllableName(word); // 조 바이든, 존 케리
  if (!canBeForeignName(word) || isKoreanName(word) || VERBAL_ENDINGS.has(word.at(-1)!)) return false;
  const fin = (word.charCodeAt(word.length - 1) - 0xac00) % 28;
  return (fin !== 4 && fin !== 8) || looksForeign(word); // 타르만 샨무가라트남, but not 만난 푸틴
}

/** A one-syllable first or family name of a foreign person (조 바이든, 로런스 웡), not a determiner. */
export function isOneSyllableName(word: string): boolean {
  return /^[가-힣]$/.test(word) && !DETERMINERS.has(word);
}

/** One-syllable words that qualify a noun (이 'this', 전 'former', 새 'new'), never a first name. */
const DETERMINERS = new Set(['이', '그', '저', '새', '전', '현', '한', '각', '고', '총', '당', '본', '모', '양', '두', '세', '네', '온', '옛', '및', '또', '약', '미', '중', '일', '북', '남', '러', '영', '독', '불']);

/**
 * True when the word is spelled like a transliteration (외래어 표기법): a syllable Sino-Korean and
 * native words hardly use (르 스 트 프, 쇼, 푸, 틴, 레 메 베, 윌), and no final consonant outside the
 * seven that transliteration allows (so 있는, 없으면, 갖고 are native).
 */
export const looksForeign = perWord(looksForeignOnce);

function looksForeignOnce(word: string): boolean {
  if (word.length < 2 || !HANGUL.test(word) || VERBAL_ENDINGS.has(word.at(-1)!) || NATIVE_ENDINGS.has(word.at(-1)!)) return false;
  let marked = false;
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    const ini = Math.floor(code / 588);
    const fin = code % 28;
    if (!LOAN_FINALS.has(fin) || TENSE.has(ini)) return false;
    marked ||= foreignSyllable(ini, Math.floor((code % 588) / 28), fin);
  }
  return marked;
}

/** Word endings of native verbs and contractions (이번엔, 하러, 하는데, 가냐) that also look foreign. */
const NATIVE_ENDINGS = new Set(['한', '엔', '러', '데', '냐', '니', '요', '지', '죠', '른']);

// Jamo indices: initials ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ (0-18), medials ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ (0-20),
// finals 0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 19 ㅅ, 21 ㅇ: the finals of transliteration.
const LOAN_FINALS = new Set([0, 1, 4, 8, 16, 17, 19, 21]);
const TENSE = new Set([1, 4, 8, 10, 13]);
const [G, N, D, R, M, B, S, O, J, CH, K, T, P, H] = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18];

function foreignSyllable(ini: number, med: number, fin: number): boolean {
  if (ini === K) return med !== 10; // ㅋ: all but 쾌
  switch (med) {
    case 18: // ㅡ: 드 르 스 즈 츠 트 프 브, 든 른 슨 튼, 블 플 클
      if (fin === 0) return [D, R, S, J, CH, T, P, B].includes(ini);
      if (fin === 4) return [D, R, S, T, P, B].includes(ini);
      return fin === 8 && [B, P].includes(ini);
    case 5: // ㅔ: 레 메 베 네 데 테 페 헤 (세 제 체 are Sino-Korean), and 엘 렌 젤 …
      return fin !== 0 || [N, D, R, M, B, T, P, H].includes(ini);
    case 14: // ㅝ: 워 웡 뭐 … (원 월 권 are Sino-Korean)
      return ini !== G && (ini !== O || (fin !== 4 && fin !== 8));
    case 16: // ㅟ: 뷔 쉬, 윌
      return fin !== 0 || [B, S, J, T, P].includes(ini);
    case 12: // ㅛ: 쇼 죠 쵸
      return [S, J, CH, T].includes(ini);
    case 2: // ㅑ: 샤 쟈 챠 댜
      return [S, J, CH, D, T].includes(ini);
    case 20: // ㅣ: 디 딘, 티 틴, 핑 핀
      return ini === D || ini === T || (ini === P && (fin === 4 || fin === 21));
    case 4: // ㅓ: 러 럼 런, 터 퍼
      return ini === R || ini === T || ini === P;
    case 13: // ㅜ: 푸 푼 풀, 투 툰 (품 풍 are Sino-Korean)
      return ini === P && fin !== 16 && fin !== 21;
    default:
      return ini === T && [3, 7].includes(med); // 턔 톄
  }
}

/**
 * A word that may be a name with no surname or first name to show it (a stage name, a foreign family
 * name), when its context marks a name: Hangul of two to five syllables, no common word, country, body,
 * place, title or verb form.
 */
export const mayBeLoneName = perWord(mayBeLoneNameOnce);

const LONE_NAME = /^[가-힣]{2,5}$/;

function mayBeLoneNameOnce(word: string): boolean {
  if (!LONE_NAME.test(word) || NOT_NAMES.has(word) || COUNTRIES.has(word) || KNOWN_ORGS.has(word)) return false;
  const last = word.at(-1)!;
  if (BODY_FINALS.has(last) || VERBAL_ENDINGS.has(last) || endsLikeBody(word) || titleOf(word) !== undefined) return false;
  return !isPlaceWord(word);
}
