// Names made by an organization-forming ending (통일연구원, 서울중앙지검, 더불어민주당), and company names
// made of a business group's name and a line of business (현대+건설), or of a group's Latin name and any
// Korean word (GS칼텍스, KB국민은행).
import { readList } from './lists.js';

interface Ending {
  ending: string;
  /** Fewest characters before the ending. */
  min: number;
  /** Beginnings the word must have, when the ending alone is too common (한국…원). */
  starts: string[];
}

const ENDINGS: Ending[] = readList('suffixes.txt')
  .map((line) => {
    const [ending, min, starts = ''] = line.split(/\s+/);
    return { ending, min: Number(min), starts: starts.split(',').filter(Boolean) };
  })
  .sort((a, b) => b.ending.length - a.ending.length);
const UNIVERSITIES = new Set(readList('university-stems.txt'));

const NOT_ORGS = new Set(readList('not-orgs.txt'));
const BRANDS = new Set(readList('brands.txt'));
const BUSINESS = readList('business-words.txt');
const LONGEST_STOP = Math.max(...[...NOT_ORGS].map((w) => w.length));

/** True when the word is, or ends with, a common word that only looks like a name (요청, 종합병원, 배럴당). */
export function isCommonWord(word: string): boolean {
  for (let i = Math.max(0, word.length - LONGEST_STOP); i < word.length; i++) if (NOT_ORGS.has(word.slice(i))) return true;
  return false;
}

// A stem of digits or lower-case letters is a number or unit (3kg당, 2025년), not a name.
const UNIT_STEM = /^[0-9a-z.]+$/;

/** The rule that makes `word` an organization's name by its ending, or null. */
export function bySuffix(word: string): string | null {
  for (const business of BUSINESS) {
    if (word.length > business.length && word.endsWith(business) && BRANDS.has(word.slice(0, -business.length))) return 'brand';
  }
  const latin = /^[A-Z]{2,4}/.exec(word)?.[0];
  if (latin && BRANDS.has(latin) && /^[가-힣]{2,}$/.test(word.slice(latin.length))) return 'brand';
  if (isCommonWord(word)) return null;
  for (const { ending, min, starts } of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < Math.max(min, 1) || UNIT_STEM.test(stem)) continue;
    if (starts.length === 0 || starts.some((s) => stem.startsWith(s))) return `suffix:${ending}`;
  }
  if (word.endsWith('대') && UNIVERSITIES.has(word.slice(0, -1))) return 'university';
  return null;
}
