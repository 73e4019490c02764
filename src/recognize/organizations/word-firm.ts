// Companies whose names are common words (data/word-firms.txt: 기아 'hunger', 대상 'target'), taken only
// where the words around show a company: beside another organization in a pair or list (현대차와 기아,
// 기아·현대차, 삼성전자, 기아), before its staff or head (기아 노조, 기아 사장), or when the article also
// names it in full (기아자동차, 기아 타이거즈). Elsewhere they are the words (기아 퇴치, 관심 대상).
import { particleFits } from '../../korean/particles.js';
import { readList } from './lists.js';
import { isParticle } from './word.js';

const WORD_FIRMS = readList('word-firms.txt');
/** The names by their first character; their first two characters (one for 셸) in tables, a cheap first test per word. */
const BY_FIRST = new Map<number, string[]>();
export const WORD_FIRM_FIRST = new Uint8Array(0x10000);
const SECOND = new Uint8Array(0x10000);
const SINGLE = new Uint8Array(0x10000);
for (const w of WORD_FIRMS) {
  BY_FIRST.set(w.charCodeAt(0), [...(BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);
  WORD_FIRM_FIRST[w.charCodeAt(0)] = 1;
  if (w.length > 1) SECOND[w.charCodeAt(1)] = 1;
  else SINGLE[w.charCodeAt(0)] = 1;
}

export interface WordFirm {
  start: number;
  end: number;
  particle: string;
}

/** The listed name making up the word text[start, end) before its particle, or undefined. */
export function wordFirmAt(text: string, start: number, end: number): WordFirm | undefined {
  const c = text.charCodeAt(start);
  if (WORD_FIRM_FIRST[c] === 0 || (end - start > 1 && SECOND[text.charCodeAt(start + 1)] === 0 && SINGLE[c] === 0)) return undefined;
  const names = BY_FIRST.get(c)!;
  for (const name of names) {
    if (end - start < name.length || !text.startsWith(name, start)) continue;
    const particle = text.slice(start + name.length, end);
    if (isParticle(particle) && particleFits(name, particle)) return { start, end: start + name.length, particle };
  }
  return undefined;
}

/** A company's staff, head or stock right after its name. */
const STAFF_AFTER = /^ (?:노조|노사|사장|부회장|회장|대표|임직원|직원|주가|주식|공장|관계자)(?:[은는이가의도을를와과]|에서|에게)?(?![가-힣])/;
/** What joins two names of a pair or list: 와/과 and a space, a middle dot, a comma and a space. */
const JOINED = /^(?:[와과] |·|, )$/;

interface Span {
  start: number;
  end: number;
  name: string;
}

/** The candidates the words around show as companies. `found`: the organizations found, by start. */
export function wordFirms(text: string, candidates: readonly WordFirm[], found: readonly Span[], given: ReadonlySet<string>): WordFirm[] {
  if (candidates.length === 0) return [];
  const starts = new Set(found.map((f) => f.start));
  const ends = new Set(found.map((f) => f.end));
  const names = [...given];
  let f = 0;
  return candidates.filter((c) => {
    while (f < found.length && found[f].end <= c.start) f++;
    if (f < found.length && found[f].start < c.end) return false; // part of a longer name (기아 타이거즈)
    if (c.particle === '' && STAFF_AFTER.test(text.slice(c.end, c.end + 9))) return true;
    // 기아자동차 … 기아는: with a particle, the name stands alone, no word before a noun (현대 사회).
    const name = text.slice(c.start, c.end);
    if (c.particle !== '' && names.some((n) => n.length > name.length && n.startsWith(name))) return true;
    const after = c.end + c.particle.length;
    // 기아와 현대차, 기아·현대차: joined to the next organization.
    if ((c.particle === '와' || c.particle === '과') && text.charCodeAt(after) === 0x20 && starts.has(after + 1)) return true;
    if (c.particle === '' && (text.charCodeAt(c.end) === 0xb7 || text.startsWith(', ', c.end)) && starts.has(c.end + (text.charCodeAt(c.end) === 0xb7 ? 1 : 2))) return true;
    // 현대차와 기아, 현대차·기아: joined to the organization before.
    for (let gap = 1; gap <= 2; gap++) if (ends.has(c.start - gap) && JOINED.test(text.slice(c.start - gap, c.start))) return true;
    return false;
  });
}
