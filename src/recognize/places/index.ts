// Places: countries, Korean provinces and municipalities, world cities and named regions, natural
// features (북악산, 볼가강), landforms (시나이반도), neighbourhoods (가람동), parts of places (남인도양,
// 브라질 X주, 함경북도 X군, 커 카운티) and Hanja glosses (다롄(大連)), with the short forms news use (북러,
// 韓, 한·미, 訪美). One pass
// over the words of the text; lexicons load once, and matching compares character codes without slicing.
import type { Mention, Segmented } from '../../types.js';
import { findAlone } from './alone.js';
import { findCompound } from './compounds.js';
export { isCountryCompound } from './compounds.js';
import { findCounty, hasCounty } from './county.js';
import { BUK, findNorthAmerica, MI } from './continent.js';
import { DIRECTIONS, findDirectional, isCompassPart } from './directions.js';
import { findLandform } from './features.js';
import { addGloss, findGlossed } from './glosses.js';
import type { Found } from './found.js';
import { findHanja, isHanja } from './hanja.js';
import { findList } from './lists.js';
import { isShortFormCode, PLACES, SHORT } from './lexicon.js';
import type { PlaceKind } from './trie.js';
import { findName } from './names.js';
import { findSubdivision } from './subdivisions.js';
import { findUnitWord } from './units.js';
import { atWordStart, isHangul, isListSeparator } from './text.js';

/** Rules after which the next word may be a neighbourhood or town inside the place (강남구 청담동). */
const DIVISION_RULES = new Set(['lexicon-division', 'lexicon-list-only', 'subdivision']);
/** Korean provinces: a county right after one may be written bare even when that is an ordinary word (충남 공주). */
const PROVINCES = new Set(['경기도', '강원도', '충북', '충남', '전북', '전남', '경북', '경남', '제주']);
const SPACE = 0x20;
const COMMA = 0x2c;
const DO = '도'.charCodeAt(0);
/** Rules after which the next word may be a state, city or county inside the place (브라질 X주, 광둥성 X시). */
const FOREIGN_RULES = new Set(['lexicon-country', 'lexicon-place', 'unit']);
/** Units a foreign state, province or county is written with (텍사스주, 광둥성, 지바현). */
const FOREIGN_UNITS = new Set([...'주성현'].map((ch) => ch.charCodeAt(0)));

/** The rules in order, for a word starting at `start`: a lexicon name wins over short-form readings. */
function findAt(text: string, start: number, runEnd: number, afterProvince: boolean, counties: boolean): Found | null {
  if (isHanja(text.charCodeAt(start))) return findHanja(text, start);
  const name = findName(text, start, afterProvince);
  // A name that runs on into another word (한국인) stops here, unless that word is a landform (일본열도).
  if (name !== null) return name ?? findLandform(text, start, runEnd);
  return (
    (hasFormCue(text, start, runEnd) ? findByForm(text, start, runEnd) : null) ??
    findLandform(text, start, runEnd) ??
    (counties ? findCounty(text, start, runEnd) : null)
  );
}

/** The rules that read a word by its first syllables or the marks beside it (북미, 북러, 한·미, 동일본, 미 국무부, 위톈(于田)현). */
function findByForm(text: string, start: number, runEnd: number): Found | null {
  return (
    findNorthAmerica(text, start, runEnd) ??
    findCompound(text, start, runEnd) ??
    findList(text, start, runEnd) ??
    findDirectional(text, start, runEnd) ??
    findAlone(text, start, runEnd) ??
    findGlossed(text, start, runEnd)
  );
}

const OPEN = 0x28;

/**
 * Whether some rule of findByForm may read the word text[start, runEnd): the first test of each, by
 * character code, so that most words cost no call. A rule whose first test changes must change it here.
 */
function hasFormCue(text: string, start: number, runEnd: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return (
    (first === BUK && second === MI) || // 북미 (findNorthAmerica)
    (isShortFormCode(first, SHORT.compound) && isShortFormCode(second, SHORT.compound)) || // 북러 (findCompound)
    (DIRECTIONS[first] === 1 && PLACES.mayStartLongAt(text, start + 1)) || // 동일본 (findDirectional)
    (runEnd === start + 1 && isShortFormCode(first, SHORT.alone)) || // 미 국무부 (findAlone)
    isListSeparator(second) || isListSeparator(text.charCodeAt(runEnd)) || // 한·미 (findList)
    text.charCodeAt(runEnd) === OPEN // a Hanja gloss (findGlossed)
  );
}

export function findPlaces(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const out: Mention[] = [];
  let s = 0;
  let afterDivision = -1; // where the word after a Korean city, county or district begins
  let bareDivision = false; // whether that division stood bare, with no particle
  let afterProvince = -1; // where the word after a Korean province begins
  let afterForeign = -1; // where the word after a country or foreign place begins
  let inProvince = false; // whether that place is a province named with 도 (함경북도)
  const counties = hasCounty(text); // one search of the text spares every word the county rule
  for (let i = 0; i < text.length; ) {
    // The next run of Hangul syllables or of Hanja.
    // No read past the end here: the first one would deoptimize this loop once it is compiled.
    let c = text.charCodeAt(i);
    while (!isHangul(c) && !isHanja(c) && ++i < text.length) c = text.charCodeAt(i);
    if (i === text.length) break;
    const start = i;
    // One loop per script, so that the test is a plain range check (NaN past the end fails it).
    if (isHangul(c)) while (isHangul(text.charCodeAt(++i)));
    else while (isHanja(text.charCodeAt(++i)));
    const runEnd = i;
    while (s < skip.length && skip[s].end <= start) s++;
    if (s < skip.length && skip[s].start < runEnd) continue;
    if (!atWordStart(text, start)) continue;
    const found: Found | null =
      findAt(text, start, runEnd, start === afterProvince, counties) ??
      (start === afterForeign ? findUnitWord(text, start, inProvince) : findSubdivision(text, start, runEnd, start === afterDivision, start === afterDivision && bareDivision));
    if (!found) {
      // 브라질 남부 X주: the word after a part of a country is still inside it.
      if (start === afterForeign && text.charCodeAt(runEnd) === SPACE && isCompassPart(text, start, runEnd)) afterForeign = runEnd + 1;
      continue;
    }
    for (const mention of found.mentions) out.push(mention);
    i = Math.max(i, found.next);
    const first: Mention = found.mentions[0];
    const last = found.mentions[found.mentions.length - 1];
    // One place glossed with its Hanja (원저우(溫州)): the gloss names it too.
    if (first.start === last.start) i = Math.max(i, addGloss(out, text, last.end, found.mentions));
    const wordEnd = Math.max(runEnd, found.next); // a spaced unit (텍사스 주) ends the place after its run
    const spaced = found.next === wordEnd && text.charCodeAt(wordEnd) === SPACE;
    // 통영의 가두리 양식장: after a particle other than a list's (와부읍과 화도읍) the next word is no subdivision.
    const particle = found.next < runEnd ? text.slice(found.next, runEnd) : '';
    afterDivision = DIVISION_RULES.has(first.rule) && (particle === '' || particle === '와' || particle === '과') ? nextInList(text, runEnd) : -1;
    // An address writes its parts bare (중구 정동); after 서울서 or 부산에서 a two-syllable 동 is a word (회동).
    bareDivision = found.next === runEnd && text.charCodeAt(runEnd) === SPACE;
    afterProvince = first.rule.startsWith('lexicon') && PROVINCES.has(first.name) && spaced ? wordEnd + 1 : -1;
    // A state named with its unit may head a list of them (X주와 Y주, X성, Y성).
    const listed = !spaced && FOREIGN_UNITS.has(text.charCodeAt(first.end - 1));
    afterForeign = !FOREIGN_RULES.has(first.rule) ? -1 : spaced ? wordEnd + 1 : listed ? nextInList(text, wordEnd) : -1;
    inProvince = first.rule === 'lexicon-place' && first.name.charCodeAt(first.name.length - 1) === DO;
  }
  return out;
}

/**
 * Where the next word begins when the word ending at `runEnd` is followed by a space or a list mark
 * (강남구 청담동, 와부읍과 화도읍, 화도읍, 조안면, 진부면·봉평면), else -1.
 */
function nextInList(text: string, runEnd: number): number {
  const c = text.charCodeAt(runEnd);
  if (c === SPACE) return runEnd + 1;
  if (c !== COMMA && !isListSeparator(c)) return -1;
  return text.charCodeAt(runEnd + 1) === SPACE ? runEnd + 2 : runEnd + 1;
}

/** True when `name` is a place name of the lexicon as written (서초구, 베이징), for other recognizers to consult. */
export function isPlaceName(name: string): boolean {
  return PLACES.longestAt(name, 0)?.length === name.length;
}

/** The place names of the lexicon that start at text[start], longest first: for other recognizers. */
export function placesAt(text: string, start: number): Array<{ end: number; kind: PlaceKind }> {
  const out: Array<{ end: number; kind: PlaceKind }> = [];
  for (let m = PLACES.longestAt(text, start); m; m = m.shorter) out.push({ end: start + m.length, kind: m.kind });
  return out;
}
