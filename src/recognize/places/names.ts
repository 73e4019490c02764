// Rule: a name from the lexicon at the start of a word (중국에서, 남아프리카 공화국, 강원특별자치도는, 대북제재).
import { PARTICLES } from '../../korean/particles.js';
import { foundAt, type Found } from './found.js';
import { COMPOUND_SUFFIXES, PLACES } from './lexicon.js';
import { PLACE_KINDS, type PlaceKind } from './trie.js';
import { compoundRest, endsWord, placeRest, seaRest } from './remainder.js';
import { ordinarySense } from './senses.js';
import { afterClosingMark, hangulRunEnd, isHangul, isListSeparator, nextWordStart } from './text.js';
import { WordSet } from './words.js';
import { NONE, ROOT } from './code-trie.js';

const PARTICLE_WORDS = new WordSet(PARTICLES);
/** The rule of a find, by the kind of its entry (lexicon-country …): made once, not a string per find. */
const RULES = Object.fromEntries(PLACE_KINDS.map((kind) => [kind, `lexicon-${kind}`])) as Record<PlaceKind, string>;

/** Latin letters and digits: a name they continue is another word (워싱턴 DC is not 워싱턴 DCA). */
const isLatinOrDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const SPACE = 0x20;
const COMMA = 0x2c;
const SLASH = 0x2f;
const CITY_UNITS = new Set([...'시군'].map((ch) => ch.charCodeAt(0)));
/** Units written after a foreign place, fused or spaced (베이징시, 텍사스 주, 광둥 성): part of its span. */
const UNITS = new Set([...'시주성현'].map((ch) => ch.charCodeAt(0)));

/** Where a foreign place's span ends when a unit follows it (베이징시에서, 바이에른주의, 텍사스 주는), else `end`. */
function unitEnd(text: string, end: number): number {
  const unit = text.charCodeAt(end) === SPACE ? end + 1 : end;
  if (!UNITS.has(text.charCodeAt(unit))) return end;
  return endsWord(text, unit + 1, hangulRunEnd(text, unit + 1)) ? unit + 1 : end;
}

/**
 * True when a Korean division (서울, 강릉, 경기) starts at `i` and ends at `end`, or anywhere when `end` is -1;
 * `sure`: only one that is no ordinary word too (청주, not 공주).
 */
function divisionAt(text: string, i: number, end: number, sure = false): boolean {
  for (let m = PLACES.longestAt(text, i); m; m = m.shorter) {
    if ((m.kind === 'division' || (!sure && m.kind === 'list-only')) && (end < 0 || i + m.length === end)) return true;
  }
  return false;
}

/** A dateline names where the story was filed: (고양=뉴스1), (진주=연합뉴스). */
const isDateline = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x3d; // ( … =

/** True when the list member before the separator at `sep` (강릉 in 강릉·정선) is a Korean division (`sure`: see divisionAt). */
function divisionBefore(text: string, sep: number, sure = false): boolean {
  let end = sep;
  while (text.charCodeAt(end - 1) === SPACE) end--;
  let j = end - 1;
  while (isHangul(text.charCodeAt(j))) j--;
  return j < end - 1 && divisionAt(text, j + 1, end, sure);
}

/**
 * True when a `list-only` form (경기, 정선) at start…end stands in a list of Korean divisions joined by ·
 * (서울·경기, 평창·정선; not 음성·영상) or by a comma beside a division (청주, 공주; 진도, 완도), right after a
 * province (강원 정선), heads an address, before a city or county written with its unit (경기 화성시, 경기
 * 고양시 일산), or is a dateline's place (`(고양=뉴스1)`).
 */
function listOrAddress(text: string, start: number, end: number, afterProvince: boolean): boolean {
  if (afterProvince || isDateline(text, start, end)) return true;
  // Spaces may stand beside the separator (부산- 경기- 강원).
  let before = start - 1;
  while (text.charCodeAt(before) === SPACE) before--;
  if (isListSeparator(text.charCodeAt(before)) && divisionBefore(text, before)) return true;
  // Section tags and short lists join divisions with a slash ([인천/경기], 서울/경기).
  if (text.charCodeAt(before) === SLASH && divisionBefore(text, before, true)) return true;
  // A comma joins too much else: the division beside it must be no ordinary word (대전과 청주, 공주 등).
  if (text.charCodeAt(before) === COMMA && divisionBefore(text, before, true)) return true;
  let after = end + 1;
  while (text.charCodeAt(after) === SPACE) after++;
  if (isListSeparator(text.charCodeAt(end)) && divisionAt(text, after, -1)) return true;
  if (text.charCodeAt(end) === COMMA && divisionAt(text, after, -1, true)) return true;
  const next = nextWordStart(text, end);
  for (let m = next >= 0 ? PLACES.longestAt(text, next) : undefined; m; m = m.shorter) {
    // A city or county written with its unit: after a game (경기) 서울 or 부산 is a venue, 화성시 an address.
    if (m.kind === 'division' && CITY_UNITS.has(text.charCodeAt(next + m.length - 1))) return true;
  }
  return false;
}

/** True when a whole word at `start` is a particle (이란 in “홀로 선 삶” 이란): a particle a careless space detached. */
function detachedParticle(text: string, start: number): boolean {
  const end = hangulRunEnd(text, start);
  let node = ROOT;
  for (let i = start; i < end && node !== NONE; i++) node = PARTICLE_WORDS.child(node, text.charCodeAt(i));
  return node !== NONE && PARTICLE_WORDS.value(node) !== undefined;
}

/**
 * The longest lexicon name at `start` whose word ends well: with particles or a place suffix (a
 * `prefix` form such as 대북 with anything, a `word` form such as 대미 alone or before a compound word).
 * `null` when no name starts here; `undefined` when one does but the word goes on into another word
 * (한국인, 부산시장), which no other rule should then read as a place.
 */
export function findName(text: string, start: number, afterProvince = false): Found | null | undefined {
  const longest = PLACES.longestAt(text, start);
  if (!longest) return null;
  // 이란 is also a particle, which careless spacing detaches from a quoted title: “홀로 선 삶” 이란 제목.
  if (afterClosingMark(text, start) && detachedParticle(text, start)) return undefined;
  for (let m: typeof longest | undefined = longest; m; m = m.shorter) {
    const end = start + m.length;
    if (isLatinOrDigit(text.charCodeAt(end))) continue;
    const restEnd = hangulRunEnd(text, end);
    const fits =
      m.kind === 'prefix' ? true
      : m.kind === 'word' ? restEnd === end || COMPOUND_SUFFIXES.startsAt(text, end, restEnd)
      : m.kind === 'list-only' ? listOrAddress(text, start, end, afterProvince) && placeRest(text, end, restEnd)
      : m.kind === 'place' && unitEnd(text, end) > end ? true // 바이에른주의: the unit is checked there
      : m.names.length > 1 ? compoundRest(text, end, restEnd) // 조러관계, 영호남 지역
      : placeRest(text, end, restEnd) || seaRest(text, start, end, restEnd);
    if (!fits) continue;
    if (ordinarySense(text, start, end)) return undefined; // 범죄인 인도, 세계 대전
    // 대북, 대미: the mention is the country's syllable after 대 (toward).
    const from = m.kind === 'prefix' || m.kind === 'word' ? end - 1 : start;
    const spanEnd = m.kind === 'place' ? unitEnd(text, end) : end;
    return foundAt(text, from, spanEnd, m.names, RULES[m.kind]);
  }
  return undefined;
}
