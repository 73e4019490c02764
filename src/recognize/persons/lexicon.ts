// The persons lexicons (surnames, titles, not-names, given-syllables, before-name, name-heads, org-words,
// foreign-first-names .txt), loaded once.
// Also the lookup the attribution stage uses to recognise a title after a speaker's name.
import { readLines } from '../../data-files.js';

/** Entries of a data file beside this module. */
export function readLexicon(name: string): string[] {
  return readLines(`recognize/persons/${name}`);
}

export const SURNAMES: ReadonlySet<string> = new Set(readLexicon('surnames.txt'));
/** First syllables of all surnames (독 of 독고), a cheap first test for a name. */
export const SURNAME_STARTS: ReadonlySet<string> = new Set([...SURNAMES].map((s) => s[0]));
const TITLE_LINES = readLexicon('titles.txt');
export const TITLES: ReadonlySet<string> = new Set(TITLE_LINES.map((l) => l.replace(/\?$/, '')));
/** Titles that are also common nouns (시장 'market', 검사 'test', 경위 'circumstances'): marked `?` in titles.txt. */
export const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set(TITLE_LINES.filter((l) => l.endsWith('?')).map((l) => l.slice(0, -1)));
const ORG_WORDS: ReadonlySet<string> = new Set(readLexicon('org-words.txt'));

/** Whether a word is or ends in a loanword of company and team names (현대캐피탈, 인터넷). */
export function endsLikeBody(word: string): boolean {
  for (let n = 1; n <= Math.min(6, word.length); n++) if (ORG_WORDS.has(word.slice(-n))) return true;
  return false;
}
export const NOT_NAMES: ReadonlySet<string> = new Set(readLexicon('not-names.txt'));
export const FAMILY_NAME_TITLES: ReadonlySet<string> = new Set(readLexicon('family-name-titles.txt'));
export const GIVEN_SYLLABLES: ReadonlySet<string> = new Set(readLexicon('given-syllables.txt'));
export const NAME_HEADS: ReadonlySet<string> = new Set(readLexicon('name-heads.txt'));
/** Well-known people whose names are common words (조국): names only beside a title. */
export const WORD_NAMES: ReadonlySet<string> = new Set(readLexicon('word-names.txt'));
export const FOREIGN_FIRST_NAMES: ReadonlySet<string> = new Set(readLexicon('foreign-first-names.txt'));

/** Titles that may stand before a name, each with whether a two-syllable name may follow it. */
export const BEFORE_NAME: ReadonlyMap<string, boolean> = new Map(
  readLexicon('before-name.txt').map((l) => (l.endsWith('+') ? [l.slice(0, -1), true] : [l, false])),
);

/** Every country's Korean name (Intl.DisplayNames), which is never part of a person's name. */
export const COUNTRIES: ReadonlySet<string> = countryNames();

function countryNames(): Set<string> {
  const names = new Intl.DisplayNames('ko', { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !name.includes(' ')) out.add(name);
    }
  }
  return out;
}

const LONGEST_TITLE = Math.max(...[...TITLES].map((t) => t.length));

export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

/**
 * The title a word ends with, when the rest is a plausible prefix of a compound title
 * (국무위원장 → 위원장, 통일부장관 → 장관); the whole word when it is a title itself.
 */
export function titleEnding(word: string): string | undefined {
  if (TITLES.has(word)) return word;
  for (let n = Math.min(LONGEST_TITLE, word.length - 1); n >= 2; n--) {
    const tail = word.slice(-n);
    if (TITLES.has(tail)) return tail;
  }
  return undefined;
}
