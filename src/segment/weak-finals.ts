// Informal sentence ends that only the next word can confirm: the 해체 -어/-아 of any predicate
// (깨워, 없어, 편해, 쓰려, 좋아) is as often the connective -어(서) "and, because" (돈 모아 차 샀어),
// and -지, -야, -네 on a word the endings lists do not know (반칙이지, 몇 시야, 늦어지네) as often a
// noun (편지, 시야) or "X's family" (민수네), so such a word ends a sentence only before a word that
// opens one (clause-openers.txt via openers.ts: 근데, 나는, 벌써, 왜). The -어/-아 forms counted: 어/아
// after a 받침 other than ㄴ, ㅇ (먹어, 없어, 같아; not 단어, 영어), the ㅂ-irregular 워 (깨워, 추워),
// 해 and 돼 on a longer word (편해, 안 돼; not 올해, 새해) and the contracted 이+어 in ㅕ (졸려, 멋져,
// 보여; not 녀 of 소녀, 며 "and", 여 of 하여); -지 not after 까 (여기까지 is a particle). A word opening
// its sentence is left alone: that is where vocatives stand (민정아 나 배고파, 얘들아 우리 가자).
import { isHangulSyllable, jong } from './chars.js';
import { isEo } from './final-endings.js';

const EO = 0xc5b4; // 어
const A = 0xc544; // 아
const WO = 0xc6cc; // 워
const HAE = 0xd574; // 해
const DWAE = 0xb3fc; // 돼
const JI = 0xc9c0; // 지
const YA = 0xc57c; // 야
const NE = 0xb124; // 네
const KKA = 0xae4c; // 까
const YEO_VOWEL = 6; // ㅕ
/** 받침 that end no verb stem before 어/아 but many nouns in -어 (단어, 언어, 연어, 영어, 용어, 광어). */
const NIEUN = 0x3134; // ㄴ
const IEUNG = 0x3147; // ㅇ
const NOT_YEO = new Set([...'녀며여'].map((c) => c.charCodeAt(0)));
const NOUNS_IN_HAE = new Set(['올해', '새해']);

/** The last syllables a weakly final word can have, as a table: most words stop at one read. */
const LAST = new Uint8Array(65536);
for (const c of [EO, A, WO, HAE, DWAE, JI, YA, NE]) LAST[c] = 1;
for (let c = 0xac00; c <= 0xd7a3; c++) {
  if (jong(c) === 0 && !NOT_YEO.has(c) && Math.floor(((c - 0xac00) % 588) / 28) === YEO_VOWEL) LAST[c] = 1;
}

/** Does the word [start, end) end in the 해체 -어/-아 (only weakly final)? */
export function isWeakFinal(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const last = text.charCodeAt(end - 1);
  if (LAST[last] === 0) return false;
  const prev = text.charCodeAt(end - 2);
  if (!isHangulSyllable(prev)) return false;
  if (last === EO || last === A) return jong(prev) !== 0 && jong(prev) !== NIEUN && jong(prev) !== IEUNG;
  if (last === JI) return prev !== KKA;
  if (last === HAE || last === DWAE) return !(end - start === 2 && NOUNS_IN_HAE.has(text.slice(start, end)));
  return true; // 워, 야, 네, and ㅕ (졸려, 멋져)
}

const GA = 0xac00; // 가: the subject particle or the question -ㄴ가 (맞는가) far more often than 나가

/**
 * Is [start, end) in the 해체 -어/-아 (싶어, 아파, 재밌어, 졸려)? In a line that ends in the polite style
 * (-요, -니다) such a word is the connective -어(서) far more often than a change of speech level (먹고
 * 싶어 집에 가는 길에 … 끓여 봤어요), and so it is in a headline (배 아파 병원 찾은 환자), so there it is
 * only weakly final. (-지, -네 stay: 드시지 국 식어요.) In a line in the plain -다 it stays final, as 해라체
 * and 해체 are both plain speech levels that casual writing mixes freely (진짜 맛있어 또 가고 싶다).
 */
export function isBanmal(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return end - start >= 2 && isEo(last) && last !== GA;
}

const YO = 0xc694; // 요
const DA = 0xb2e4; // 다
const NI = 0xb2c8; // 니

/** Does [start, end) end in the polite style, -요 or -니다/-니까, before any punctuation and emoticons? */
export function endsPolite(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && end - i < 16 && !isHangulSyllable(text.charCodeAt(i - 1))) i--;
  const last = i > start ? text.charCodeAt(i - 1) : 0;
  if (last === YO) return true;
  return (last === DA || last === KKA) && i - 2 >= start && text.charCodeAt(i - 2) === NI;
}
