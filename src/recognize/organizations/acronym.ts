// Capital-letter abbreviations (KBS, KBS2, IAEA, NSC) as organizations, unless a common non-name (AI, CEO).
import { readList } from './lists.js';

const NOT_ORGS = new Set(readList('acronyms-not-orgs.txt'));
const ACRONYM = /^[A-Z][A-Z&]{1,5}[0-9]?$/;

export function isOrgAcronym(word: string): boolean {
  return ACRONYM.test(word) && !NOT_ORGS.has(word);
}
