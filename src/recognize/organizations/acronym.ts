// Capital-letter abbreviations (KBS, KBS2, IAEA, NSC) as organizations, unless a common non-name (AI, CEO)
// or part of a model's or a term's name joined by a hyphen (KSLV-II, F-35, e-BOOK, i-SMR).
import { readList } from './lists.js';

const NOT_ORGS = new Set(readList('acronyms-not-orgs.txt'));
const ACRONYM = /^[A-Z][A-Z&]{1,5}[0-9]?$/;

export function isOrgAcronym(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && ACRONYM.test(word) && !NOT_ORGS.has(word);
}

const MODEL_NUMBER = /^-[0-9IVX]/;
const TERM_HEAD = /[a-z]-$/;

/** True when the capitals at text[start, end) are joined by a hyphen to a model's number or a term's head. */
export function inModelName(text: string, start: number, end: number): boolean {
  return (text.charCodeAt(end) === 0x2d && MODEL_NUMBER.test(text.slice(end, end + 2))) || (text.charCodeAt(start - 1) === 0x2d && TERM_HEAD.test(text.slice(start - 2, start)));
}
