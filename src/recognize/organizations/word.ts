// One word of running text (a run of Hangul, Latin letters and digits) read as an organization's name:
// a known name, a name by its ending, a capital-letter abbreviation, or a short form (신문) of a name
// given earlier. Particles (은, 에서는) and written-on tails (측, 장관) stay outside the name.
import { PARTICLES, particleFits } from '../../korean/particles.js';
import { isOrgAcronym } from './acronym.js';
import { KNOWN } from './lexicon.js';
import { BackwardTrie, EndTable } from './ends.js';
import { byLastChar, readList } from './lists.js';
import { bySuffix, spelledOut, SUFFIX_ENDINGS } from './suffix.js';
import { isHangul } from './scan.js';

const TAIL_WORDS = readList('tails.txt');
const TAILS = byLastChar(TAIL_WORDS);
export const SHORT_FORMS = new Set(readList('short-forms.txt'));
export const LONGEST_SHORT_FORM = Math.max(...[...SHORT_FORMS].map((w) => w.length));
const PARTICLE_SET = new Set(PARTICLES);
const LONGEST_PARTICLE = Math.max(...PARTICLES.map((p) => p.length));
// How a Korean name can end (known names, endings, tails, short forms): most words end otherwise and
// are passed over without a look-up. Latin letters and digits are always looked at.
const NAME_ENDS = new EndTable([...KNOWN.keys(), ...SUFFIX_ENDINGS, ...TAIL_WORDS, ...SHORT_FORMS, ...'0123456789&ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz']);

/** True for nothing at all or a particle: what may follow a name inside its word. */
export const isParticle = (s: string): boolean => s === '' || PARTICLE_SET.has(s);

export interface WordMatch {
  /** Length of the name at the start of the word. */
  length: number;
  /** The name as written, and the full names it may stand for when it is a known alias. */
  name: string;
  full: string[];
  rule: string;
  short?: boolean;
}

/** Names one document defines (KOVO → 한국배구연맹, an outlet its byline names), with their last characters. */
export interface DocNames {
  full: ReadonlyMap<string, string>;
  ends: ReadonlySet<number>;
}

export function docNames(full: ReadonlyMap<string, string>): DocNames {
  return { full, ends: new Set([...full.keys()].map((n) => n.charCodeAt(n.length - 1))) };
}

const PARTICLES_BACKWARDS = new BackwardTrie(PARTICLES);
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * True when some way to read text[start, end) as a noun and a particle (or none) gives a noun ending
 * like a name: matchWord finds nothing in the others, which are most words.
 */
export function mayHoldName(text: string, start: number, end: number, doc?: DocNames): boolean {
  // A group's Latin name before any Korean word (GS칼텍스, AS로마); Latin words alone are looked at below.
  if (isCapital(text.charCodeAt(start)) && isHangul(text.charCodeAt(end - 1))) return true;
  const docEnds = doc !== undefined && doc.ends.size > 0 ? doc.ends : undefined;
  for (let at = end - 1, node = 0; at >= start && node >= 0; at--) {
    const c = text.charCodeAt(at);
    if (PARTICLES_BACKWARDS.whole[node] === 1) {
      if (NAME_ENDS.endsAt(text, start, at) || docEnds?.has(c)) return true;
    }
    node = PARTICLES_BACKWARDS.step(node, c);
  }
  return false;
}

// News repeat their words: readings of words are kept (read-only, shared) for documents that define
// no names of their own, up to a bound that keeps memory flat on any input.
const READINGS = new Map<string, WordMatch | null>();
const MAX_READINGS = 50_000;

/**
 * The organization's name at the start of `word`, or null. Each way to read the word as a noun and a
 * particle that fits it is tried, the longest particle first as splitParticle does (민주당+에서는, then
 * 민주당에서+는), the whole word last (국민의힘), unless the whole word is a known name.
 */
export function matchWord(word: string, doc?: DocNames): WordMatch | null {
  if (doc !== undefined && doc.full.size > 0) return readWord(word, doc);
  let reading = READINGS.get(word);
  if (reading === undefined) {
    reading = readWord(word);
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    READINGS.set(word, reading);
  }
  return reading;
}

function readWord(word: string, doc?: DocNames): WordMatch | null {
  // A known name making up the whole word is read before any noun and particle in it (FC바르셀로나, not
  // FC바르셀로+나), unless the document defines it as an abbreviation (한국배구연맹(KOVO) … KOVO 관계자).
  const whole = doc?.full.has(word) ? null : known(word);
  if (whole) return whole;
  let short: WordMatch | null = null;
  const latinHead = isCapital(word.charCodeAt(0));
  for (let k = Math.min(LONGEST_PARTICLE, word.length - 1); k >= 0; k--) {
    const last = word.charCodeAt(word.length - k - 1);
    if (!latinHead && !NAME_ENDS.lastChar(last) && !doc?.ends.has(last)) continue;
    const particle = word.slice(word.length - k);
    if (k > 0 && !PARTICLE_SET.has(particle)) continue;
    const noun = word.slice(0, word.length - k);
    const alias = doc?.full.get(noun);
    const found = alias ? { length: noun.length, name: noun, full: [alias], rule: 'defined-alias' } : (named(noun) ?? beforeTail(noun));
    if (found && (k === 0 || particleFits(noun, particle))) return found;
    if (!short && SHORT_FORMS.has(noun) && (k === 0 || particleFits(noun, particle))) {
      short = { length: noun.length, name: noun, full: [], rule: 'short', short: true };
    }
  }
  return short;
}

/** A name with a tail written onto it; a known name wins over a name by its ending (우주항공청+장, not 우주항공+청장). */
function beforeTail(noun: string): WordMatch | null {
  const tails = TAILS.get(noun[noun.length - 1]);
  if (tails === undefined) return null;
  for (const t of tails) if (noun.length > t.length && noun.endsWith(t) && !insideCommittee(noun, t)) {
    const k = known(noun.slice(0, -t.length));
    if (k) return k;
  }
  for (const t of tails) if (noun.length > t.length && noun.endsWith(t) && !insideCommittee(noun, t)) {
    const n = named(noun.slice(0, -t.length));
    if (n) return n;
  }
  return null;
}

/**
 * 비상대책위원장, 공관위원장: the title of a committee's head (위원장), not 비상대책위 + 원장: a tail in 원 is
 * never cut off after the 위 of a committee's short name.
 */
const insideCommittee = (noun: string, tail: string): boolean => tail[0] === '원' && noun[noun.length - tail.length - 1] === '위';

function known(name: string): WordMatch | null {
  const full = KNOWN.get(name);
  return full === undefined ? null : { length: name.length, name, full, rule: 'known' };
}

function named(noun: string): WordMatch | null {
  const k = known(noun);
  if (k) return k;
  const rule = bySuffix(noun) ?? (isOrgAcronym(noun) ? 'acronym' : null);
  return rule ? { length: noun.length, name: noun, full: spelledOut(noun), rule } : null;
}
