// The speaker word lists, loaded once: titles, unnamed-source heads, pronouns, bodies, surnames, shorthand.
import { loadList, loadMap } from '../lexicon.js';

const TITLES = new Set(loadList('speakers/titles.txt'));
const TITLE_ENDINGS = [...TITLES].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
const SOURCES = loadList('speakers/unnamed-sources.txt').sort((a, b) => b.length - a.length);
const PRONOUNS = new Set(loadList('speakers/pronouns.txt'));
const ORG_LINES = loadList('speakers/organizations.txt');
const ORG_WORDS = new Set(ORG_LINES.filter((l) => !l.startsWith('-')));
const ORG_ENDINGS = ORG_LINES.filter((l) => l.startsWith('-')).map((l) => l.slice(1)).sort((a, b) => b.length - a.length);
const SURNAMES = new Set(loadList('speakers/surnames.txt'));
export const SHORTHAND = loadMap('speakers/shorthand.txt');

export const isTitle = (w: string): boolean => TITLES.has(w);
export const isPronoun = (w: string): boolean => PRONOUNS.has(w);
export const isSurname = (w: string): boolean => SURNAMES.has(w);

/** The title a word ends with (선임연구위원 → 선임연구위원, 무선사업부장 → 부장), or ''. */
export function titleEnding(w: string): string {
  if (TITLES.has(w)) return w;
  for (const t of TITLE_ENDINGS) if (w.length > t.length && w.endsWith(t)) return t;
  return '';
}

/** The unnamed-source head a word ends with (핵심관계자 → 관계자), or ''. */
export function sourceEnding(w: string): string {
  for (const s of SOURCES) if (w.endsWith(s)) return s;
  return '';
}

/** Whether a word names a body: 정부, 경찰, 통일부, 노동신문, 통일연구원 (a lone 원 ending needs a longer word). */
export function isOrganization(w: string): boolean {
  if (ORG_WORDS.has(w)) return true;
  for (const e of ORG_ENDINGS) {
    if (!w.endsWith(e)) continue;
    if (w === e) return e.length >= 2; // 신문, 통신: a short form of a name given earlier
    if (e.length >= 2) return true;
    if (w.length >= (e === '원' ? 4 : 3)) return true; // 김지원 is a name, 통일연구원 a body
  }
  return false;
}

/**
 * A Korean personal name by its shape: three syllables opening with a common surname (홍길동), or four
 * opening with a two-syllable one (남궁창성). Two-syllable names (홍민) collide with common nouns (소감, 주간), so they count only with a
 * title beside them (`short`).
 */
export function looksLikeName(w: string, short = false): boolean {
  if (!/^[가-힣]{2,4}$/.test(w) || (w.length === 2 && !short)) return false;
  if (w.length === 4) return SURNAMES.has(w.slice(0, 2)); // 남궁창성; not 지적하자, 우리끼리
  return SURNAMES.has(w[0]) || (w.length === 3 && SURNAMES.has(w.slice(0, 2)));
}
