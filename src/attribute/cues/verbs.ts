// The reporting predicate after a quote (말했다, 밝혔다, 라며 …), read from data: cues/reporting-verbs.txt
// lists word starts, cues/quote-endings.txt the endings glued to a closing mark.
import { loadList } from '../lexicon.js';

const STEMS = loadList('cues/reporting-verbs.txt');
const ENDINGS = loadList('cues/quote-endings.txt').sort((a, b) => b.length - a.length);
const STEM_SET = new Set(STEMS);
const MAX_STEM = Math.max(...STEMS.map((s) => s.length));

/** First code units of the stems: most words start otherwise and need no prefix look-up (each slices the word). */
const STEM_INITIAL = new Uint8Array(65536);
for (const s of STEMS) STEM_INITIAL[s.charCodeAt(0)] = 1;

/** Whether a word (어절) is a reporting predicate: 말했다, 밝히며, 강조했습니다. */
export function isReportingVerb(word: string): boolean {
  if (word.length === 0 || STEM_INITIAL[word.charCodeAt(0)] === 0) return false;
  for (let n = Math.min(MAX_STEM, word.length); n >= 1; n--) if (STEM_SET.has(word.slice(0, n))) return true;
  return false;
}

/** The endings by their first code unit, longest first: only those can open the text after a mark. */
const ENDINGS_BY_FIRST = new Map<number, string[]>();
for (const e of ENDINGS) {
  const list = ENDINGS_BY_FIRST.get(e.charCodeAt(0));
  if (list) list.push(e);
  else ENDINGS_BY_FIRST.set(e.charCodeAt(0), [e]);
}

/** The quotative ending glued to a closing mark (“…”라며 → 라며), or ''. */
export function quoteEnding(after: string): string {
  const endings = ENDINGS_BY_FIRST.get(after.charCodeAt(0));
  if (endings) for (const e of endings) if (after.startsWith(e)) return e;
  return '';
}

/** Nouns ending in 고 that stand bare before a name or 측 (피고 측 변호인은, 원고 A씨는): not a connective …고. */
const NOUNS_IN_GO = new Set(['원고', '피고', '광고', '창고', '금고', '선고', '잔고']);
export const clauseNoun = (word: string): boolean => NOUNS_IN_GO.has(word);

/** Whether a word ends a clause with a finite or connective verb (…했다, …했고, …하며): the end of a speaker's turn. */
export function endsClause(word: string): boolean {
  if (clauseNoun(word)) return false;
  return /(?:다|요|까|죠|고|며|면서|면서도|지만|는데|으나|었고|았고|했고)[.,!?]*$/.test(word);
}

/** Strips trailing punctuation from a verb word (말했다. → 말했다). */
export function verbText(word: string): string {
  return word.replace(/[^가-힣A-Za-z0-9]+$/, '');
}
