// One word of running text (a run of Hangul, Latin letters and digits) read as an organization's name:
// a known name, a name by its ending, a capital-letter abbreviation, or a short form (신문) of a name
// given earlier. Particles (은, 에서는) and written-on tails (측, 장관) stay outside the name.
import { splitParticle } from '../../korean/particles.js';
import { isOrgAcronym } from './acronym.js';
import { KNOWN } from './lexicon.js';
import { readList } from './lists.js';
import { bySuffix } from './suffix.js';

const TAILS = readList('tails.txt').sort((a, b) => b.length - a.length);
export const SHORT_FORMS = new Set(readList('short-forms.txt'));

export interface WordMatch {
  /** Length of the name at the start of the word. */
  length: number;
  /** The name as written, and the full names it may stand for when it is a known alias. */
  name: string;
  full: string[];
  rule: string;
  short?: boolean;
}

/** The organization's name at the start of `word`, or null. */
export function matchWord(word: string): WordMatch | null {
  const exact = known(word);
  if (exact) return exact;
  const [noun] = splitParticle(word);
  const whole = named(noun);
  if (whole) return whole;
  // A known name before a tail wins over a name by its ending: 우주항공청+장, not 우주항공+청장.
  const heads = TAILS.filter((t) => noun.length > t.length && noun.endsWith(t)).map((t) => noun.slice(0, -t.length));
  const head = heads.map(known).find(Boolean) ?? heads.map(named).find(Boolean);
  if (head) return head;
  if (SHORT_FORMS.has(noun)) return { length: noun.length, name: noun, full: [], rule: 'short', short: true };
  return null;
}

function known(name: string): WordMatch | null {
  const full = KNOWN.get(name);
  return full === undefined ? null : { length: name.length, name, full, rule: 'known' };
}

function named(noun: string): WordMatch | null {
  const k = known(noun);
  if (k) return k;
  const rule = bySuffix(noun) ?? (isOrgAcronym(noun) ? 'acronym' : null);
  return rule ? { length: noun.length, name: noun, full: [], rule } : null;
}
