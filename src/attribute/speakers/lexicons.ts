// The speaker word lists, loaded once: unnamed-source heads, pronouns, bodies, shorthand here; titles,
// surnames and the shape of a name from the persons recognizer (src/recognize/persons), so both stages
// read names the same way.
import { isTitle as isPersonTitle, titleEnding as personTitleEnding, SURNAMES, TITLES } from '../../recognize/persons/lexicon.js';
import { isKoreanName } from '../../recognize/persons/name-shape.js';
import { loadList, loadMap } from '../lexicon.js';
import { memo } from '../memo.js';

const SOURCES = loadList('speakers/unnamed-sources.txt').sort((a, b) => b.length - a.length);
const SOURCE_END = new RegExp(`(?:${SOURCES.join('|')})$`);
const PRONOUNS = new Set(loadList('speakers/pronouns.txt'));
const ORG_LINES = loadList('speakers/organizations.txt');
const ORG_WORDS = new Set(ORG_LINES.filter((l) => !l.startsWith('-')));
const ORG_ENDINGS = ORG_LINES.filter((l) => l.startsWith('-')).map((l) => l.slice(1)).sort((a, b) => b.length - a.length);
/** One pattern for all endings, longest first, so the match says which ending a word has. */
const ORG_END = new RegExp(`(?:${ORG_ENDINGS.join('|')})$`);
export const SHORTHAND = loadMap('speakers/shorthand.txt');
const GENERIC_BODIES = new Set(loadList('speakers/generic-bodies.txt'));

/** Bylines' and credits' titles: the reporter writes the article and does not speak in it. */
const REPORTER = /(?:기자|특파원|앵커|통신원)$/;
export const isReporterTitle = (w: string): boolean => REPORTER.test(w);

/** A common noun standing for a body named before: 회사, 구단. */
export const isGenericBody = (w: string): boolean => GENERIC_BODIES.has(w);

export const isTitle = (w: string): boolean => isPersonTitle(w);
export const isPronoun = (w: string): boolean => PRONOUNS.has(w);
export const isSurname = (w: string): boolean => SURNAMES.has(w);
/** First syllables of the surnames (김, 남 of 남궁) as char codes: a word starting otherwise opens no Korean name. */
export const SURNAME_INITIALS: ReadonlySet<number> = new Set([...SURNAMES].map((s) => s.charCodeAt(0)));
const INITIAL = new Uint8Array(65536);
for (const c of SURNAME_INITIALS) INITIAL[c] = 1;
/** Whether a char code opens a surname: a table read, as it is asked of every word of a text. */
export const isSurnameInitial = (c: number): boolean => INITIAL[c] === 1;

/**
 * The last letters of some words as a table: a word ending in another letter ends with none of them, and
 * needs no look-up (most words the rules ask about end in a particle or a verb ending).
 */
function lastLetters(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const w of words) table[w.charCodeAt(w.length - 1)] = 1;
  return table;
}
const endsIn = (table: Uint8Array, w: string): boolean => table[w.charCodeAt(w.length - 1)] === 1;
const TITLE_LAST = lastLetters(TITLES);
const SOURCE_LAST = lastLetters(SOURCES);
const ORG_LAST = lastLetters([...ORG_WORDS, ...GENERIC_BODIES, ...ORG_ENDINGS]);

/** The title a word ends with (선임연구위원 → 선임연구위원, 영업본부장 → 본부장), or ''. */
export const titleEnding = (w: string): string => (endsIn(TITLE_LAST, w) ? titleEndingOf(w) : '');
const titleEndingOf = memo((w: string): string => personTitleEnding(w) ?? '');

/** The unnamed-source head a word ends with (핵심관계자 → 관계자), or ''. */
export const sourceEnding = (w: string): string => (endsIn(SOURCE_LAST, w) ? sourceEndingOf(w) : '');
const sourceEndingOf = memo((w: string): string => SOURCE_END.exec(w)?.[0] ?? '');

/**
 * Whether a word names a member of a body rather than the body: its title ending is longer than its body
 * ending (금통위원: 위원 over 원; 통일연구원 is the body, its ending 연구원 as long as the title).
 */
export const isMember = (w: string): boolean => endsIn(TITLE_LAST, w) && isMemberOf(w);
const isMemberOf = memo((w: string): boolean => {
  const title = titleEnding(w);
  return title !== '' && !ORG_WORDS.has(w) && title.length > (ORG_END.exec(w)?.[0].length ?? 0);
});

/** Whether a word names a body: 정부, 경찰, 통일부, 노동신문, 통일연구원 (a lone 원 ending needs a longer word). */
export const isOrganization = (w: string): boolean => endsIn(ORG_LAST, w) && isOrganizationOf(w);
const isOrganizationOf = memo((w: string): boolean => {
  if (ORG_WORDS.has(w) || GENERIC_BODIES.has(w)) return true;
  const e = ORG_END.exec(w)?.[0];
  if (e === undefined) return false;
  if (w === e) return e.length >= 2; // 신문, 통신: a short form of a name given earlier
  if (e.length >= 2) return true;
  return w.length >= (e === '원' ? 4 : 3); // 김지원 is a name, 통일연구원 a body
});

/**
 * A Korean personal name by its shape (홍길동, 남궁민호; not 지적하자, 수도권). Two-syllable names (홍민)
 * collide with common nouns (소감, 주간), so they count only with a title beside them (`short`).
 */
export function looksLikeName(w: string, short = false): boolean {
  // A Korean name has two to four letters (name-shape.ts): other words need no look-up.
  if (w.length < 2 || w.length > 4 || (w.length === 2 && !short)) return false;
  return koreanName(w);
}

const koreanName = memo(isKoreanName);
