// What a Korean or a foreign personal name looks like, judged from the word alone.
import { splitParticle } from '../../korean/particles.js';
import { COUNTRIES, NOT_NAMES, SURNAMES, titleEnding } from './lexicon.js';

const HANGUL = /^[가-힣]+$/;

/** Last syllables of verb and adjective forms (방문한, 지난, 하는), never the end of a Korean name. */
const VERBAL_ENDINGS = new Set(['한', '된', '던', '는', '할', '될', '적', '들', '했', '해', '함', '됨', '며', '면', '다', '서', '고', '게', '등']);

/** The surname a word starts with (two-syllable surnames first), or undefined. */
export function surnameOf(word: string): string | undefined {
  if (word.length >= 3 && SURNAMES.has(word.slice(0, 2))) return word.slice(0, 2);
  return SURNAMES.has(word[0]) ? word[0] : undefined;
}

/** A full Korean name: surname + a one- or two-syllable given name, not a common word or a title. */
export function isKoreanName(word: string): boolean {
  if (word.length < 2 || word.length > 4 || !HANGUL.test(word)) return false;
  const surname = surnameOf(word);
  if (!surname) return false;
  const given = word.length - surname.length;
  if (given < 1 || given > 2) return false;
  if (NOT_NAMES.has(word) || VERBAL_ENDINGS.has(word.at(-1)!)) return false;
  if (titleEnding(word) !== undefined) return false;
  return !looksForeign(word);
}

/**
 * The name a word starts with when the rest is a particle: 홍길동은 → 홍길동, 김하늘이 → 김하늘. A
 * three-syllable word ending in 은/이 stays whole when it is a name itself (김정은), as Korean names
 * are mostly three syllables.
 */
export function nameIn(word: string): string | undefined {
  const whole = isKoreanName(word);
  const [noun, particle] = splitParticle(word);
  if (particle && isKoreanName(noun) && !(whole && word.length === 3 && (particle === '은' || particle === '이'))) return noun;
  return whole ? word : undefined;
}

/** One word of a transliterated name (푸틴, 블라디미르): foreign-looking, not a country or a common word. */
export function isForeignNameWord(word: string): boolean {
  return looksForeign(word) && !COUNTRIES.has(word) && !NOT_NAMES.has(word) && titleEnding(word) === undefined && !hasParticle(word);
}

/** Whether the word ends in a particle (자리에서, 서기로부터), including the long forms splitParticle leaves. */
export function hasParticle(word: string): boolean {
  return splitParticle(word)[1] !== '' || LONG_PARTICLE.test(word);
}

const LONG_PARTICLE = /(?:로부터|에게서|께서|에서)$/;

/**
 * True when a syllable of the word cannot be read as Sino-Korean, which is how Korean spells
 * transliterated names (블라디미르, 푸틴, 쇼이구, 트럼프) and not the Sino-Korean words of titles and bodies.
 */
export function looksForeign(word: string): boolean {
  if (!HANGUL.test(word)) return false;
  for (const ch of word) if (foreignSyllable(ch.charCodeAt(0) - 0xac00)) return true;
  return false;
}

// Jamo indices: initials ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ (0-18), medials ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ (0-20),
// finals 0 = none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 21 ㅇ (the only finals of Sino-Korean).
const SINO_FINALS = new Set([0, 1, 4, 8, 16, 17, 21]);
const TENSE = new Set([1, 4, 8, 10, 13]);

function foreignSyllable(code: number): boolean {
  const ini = Math.floor(code / 588);
  const med = Math.floor((code % 588) / 28);
  const fin = code % 28;
  if (!SINO_FINALS.has(fin)) return true;
  if (TENSE.has(ini)) return !(code === 0xc30d - 0xac00 || code === 0xc528 - 0xac00); // 쌍, 씨
  if (ini === 15) return med !== 10; // ㅋ: only 쾌
  switch (med) {
    case 18: // ㅡ: 그 드 르 스 트 프 …, 든 른 슨, 블 플 클
      return fin === 0 || (fin === 4 && ![0, 11, 18].includes(ini)) || (fin === 8 && ![0, 9, 11, 12, 18].includes(ini));
    case 5: // ㅔ: only 세 제 체
      return fin !== 0 || ![9, 12, 14].includes(ini);
    case 14: // ㅝ: only 원 월 권 궐
      return ![0, 11].includes(ini) || ![4, 8].includes(fin);
    case 16: // ㅟ: only 위 귀 휘 취, without a final
      return fin !== 0 || ![0, 11, 14, 18].includes(ini);
    case 12: // ㅛ: 쇼 죠 쵸 툐 …
      return [3, 7, 9, 12, 14, 16].includes(ini);
    case 2: // ㅑ: only 야 약 양 략 량
      return ![5, 11].includes(ini);
    case 3:
    case 15: // ㅒ ㅞ
      return true;
    case 20: // ㅣ after ㄷ (디 딘), 티 틴, 핑 핀
      return ini === 3 || ini === 16 || (ini === 17 && (fin === 4 || fin === 21));
    case 4: // ㅓ: 러 럼 너 널 머 버 더 (덕 is Sino-Korean), 터 퍼
      return [2, 5, 6, 16, 17].includes(ini) || (ini === 3 && fin !== 1) || (ini === 7 && fin === 0);
    case 13: // ㅜ: 푸 푼 풀 (품 풍 are Sino-Korean), 투 툰
      return ini === 17 && fin !== 16 && fin !== 21;
    case 8: // ㅗ + ㄹ: 롤 볼 폴 톨 돌
      return fin === 8 && [3, 5, 7, 16, 17].includes(ini);
    default:
      return ini === 16 && ![0, 1, 8, 11, 13].includes(med); // ㅌ outside 타 태 토 퇴 투
  }
}
