// Names made by an organization-forming ending (통일연구원, 서울중앙지검, 더불어민주당), and company names
// made of a business group's name (and a short field) or any capital letters and a line of business
// (현대+건설, 삼성+석유+화학, BC+카드), or of a group's Latin name and any Korean word but a particle
// (GS칼텍스, KB국민은행).
import { PARTICLES } from '../../korean/particles.js';
import { byLastChar, readList } from './lists.js';

interface Ending {
  ending: string;
  /** Fewest characters before the ending. */
  min: number;
  /** Beginnings the word must have, when the ending alone is too common (한국…원). */
  starts: string[];
}

const ENDINGS = new Map<string, Ending>(
  readList('suffixes.txt').map((line) => {
    const [ending, min, starts = ''] = line.split(/\s+/);
    return [ending, { ending, min: Number(min), starts: starts.split(',').filter(Boolean) }];
  }),
);
/** Endings by last character, longest first. */
const ENDINGS_BY_LAST = byLastChar([...ENDINGS.keys()]);
const UNIVERSITIES = new Set(readList('university-stems.txt'));
/** Every ending a name can have by this file's rules (a university's short name whole, 군단 of a numbered unit). */
export const SUFFIX_ENDINGS: readonly string[] = [...ENDINGS.keys(), ...readList('business-words.txt'), ...[...UNIVERSITIES].map((u) => `${u}대`), '군단'];
const BRANDS = new Set(readList('brands.txt'));
const BUSINESS = byLastChar(readList('business-words.txt'));

// not-orgs.txt: `=word` rejects only that word (고등법원, not 서울고등법원); `word` also any word ending with it.
const STOPS = readList('not-orgs.txt');
const EXACT_STOPS = new Set(STOPS.filter((w) => w.startsWith('=')).map((w) => w.slice(1)));
const ENDING_STOPS = new Set(STOPS.filter((w) => !w.startsWith('=') && !w.startsWith('%')));
/** Counters with 당 'per' (대당, 인당): rejected alone or after a number (1대당), not inside a longer word (국민연대당). */
const COUNTER_STOPS = new Set(STOPS.filter((w) => w.startsWith('%')).map((w) => w.slice(1)));
const AFTER_NUMBER = /^[0-9.,]+$/;
const LONGEST_STOP = Math.max(...[...ENDING_STOPS].map((w) => w.length));

/**
 * True when the word is a common word that only looks like a name: it is one, or ends with one at least
 * as long as the name's ending (국가공무원 ends with 공무원; 국립수산과학원's 과학원 outweighs 학원).
 */
function isCommonWord(word: string, ending: string): boolean {
  if (EXACT_STOPS.has(word)) return true;
  for (const stop of COUNTER_STOPS) if (word.endsWith(stop) && (word.length === stop.length || AFTER_NUMBER.test(word.slice(0, -stop.length)))) return true;
  for (let i = Math.max(0, word.length - LONGEST_STOP); i <= word.length - ending.length; i++) {
    if (ENDING_STOPS.has(word.slice(i))) return true;
  }
  return false;
}

// A stem of digits or lower-case letters is a number or unit (3kg당, 2025년), not a name.
const UNIT_STEM = /^[0-9a-z.]+$/;

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** A military unit named by its number alone (37사단, 7함대, 2군단). */
const NUMBERED_UNIT = /^[0-9]{1,3}(사단|군단|여단|함대|비행단)$/;

const PARTICLE_SET = new Set(PARTICLES);
/** Korean after a group's Latin name that is a particle or a one-syllable word and its particle, no name: FC+와의, LG+팬이라고. */
const inflected = (rest: string): boolean => PARTICLE_SET.has(rest) || PARTICLE_SET.has(rest.slice(1));

/** A group's name and a short field between it and the line of business (삼성+석유+화학, 현대+종합+건설). */
function brandHead(stem: string): boolean {
  for (let n = 2; n <= 4 && n < stem.length; n++) {
    if (BRANDS.has(stem.slice(0, n)) && stem.length - n <= 3 && /^[가-힣]+$/.test(stem.slice(n))) return true;
  }
  return false;
}

/** The rule that makes `word` an organization's name by its ending, or null. */
export function bySuffix(word: string): string | null {
  const last = word[word.length - 1];
  for (const business of BUSINESS.get(last) ?? []) {
    if (word.length <= business.length || !word.endsWith(business)) continue;
    const stem = word.slice(0, -business.length);
    if (BRANDS.has(stem) || /^[A-Z]{2,5}$/.test(stem) || brandHead(stem)) return 'brand';
  }
  const latin = isCapital(word.charCodeAt(0)) ? /^[A-Z]{2,4}/.exec(word)?.[0] : undefined;
  if (latin && BRANDS.has(latin) && /^[가-힣]{2,}$/.test(word.slice(latin.length)) && !inflected(word.slice(latin.length))) return 'brand';
  const numbered = NUMBERED_UNIT.exec(word);
  if (numbered) return `suffix:${numbered[1]}`; // 37사단, 7함대: a military unit goes by its number alone
  const ending = (ENDINGS_BY_LAST.get(last) ?? []).find((e) => word.endsWith(e));
  const found = ending === undefined ? undefined : ENDINGS.get(ending);
  if (found) {
    const { ending, min, starts } = found;
    const stem = word.slice(0, -ending.length);
    const fits = stem.length >= Math.max(min, 1) && !UNIT_STEM.test(stem) && (starts.length === 0 || starts.some((s) => stem.startsWith(s)));
    return fits && !isCommonWord(word, ending) ? `suffix:${ending}` : null;
  }
  if (word.endsWith('대') && UNIVERSITIES.has(word.slice(0, -1))) return 'university';
  return null;
}

// Courts, prosecutors' offices and committees go by a short form of their ending (서울중앙지법 for
// 서울중앙지방법원, 인재영입위 for 인재영입위원회).
const SHORT_ENDINGS: ReadonlyArray<[string, string]> = [['지법', '지방법원'], ['고법', '고등법원'], ['지검', '지방검찰청'], ['고검', '고등검찰청'], ['위', '위원회']];

/** The name written out in full when it ends with a short form, which the article may also give. */
export function spelledOut(name: string): string[] {
  const short = SHORT_ENDINGS.find(([s]) => name.endsWith(s) && name.length > s.length);
  return short ? [name.slice(0, -short[0].length) + short[1]] : [];
}
