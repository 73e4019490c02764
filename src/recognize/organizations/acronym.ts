// Capital-letter abbreviations (KBS, KBS2, IAEA, NSC) as organizations, unless a common non-name (AI, CEO).
import { readList } from './lists.js';

const NOT_ORGS = new Set(readList('acronyms-not-orgs.txt'));
const ACRONYM = /^[A-Z][A-Z&]{1,5}[0-9]?$/;

export function isOrgAcronym(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && ACRONYM.test(word) && !NOT_ORGS.has(word);
}
