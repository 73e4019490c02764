// Members of a list that names organizations: in `A, B, C 등` with two or more members already known as
// organizations (엠넷, 누리뮤직, 가람소리 등), the other one-word members are organizations too, unless
// they are places or words for a kind of body (data/list-stops.txt).
import { splitParticle } from '../../korean/particles.js';
import { placesAt } from '../places/index.js';
import { readList } from './lists.js';
import { isWordLetter, wordEnd } from './scan.js';
import { isParticle } from './word.js';

const STOPS = new Set(readList('list-stops.txt'));
const isComma = (text: string, at: number): boolean => text.charCodeAt(at) === 0x2c && text.charCodeAt(at + 1) === 0x20;

interface Span {
  start: number;
  end: number;
}

interface Name extends Span {
  /** Short forms (신문 for 노동신문) are not names of their own here. */
  partial?: string;
}

/**
 * The unnamed members [start, end) of the lists in which `names` (sorted by start) stand, for members
 * of one word each separated by `, `.
 */
export function listMembers(text: string, names: readonly Name[]): Span[] {
  const out: Span[] = [];
  let starts: Map<number, number> | undefined; // made at the first name beside a comma: most documents have none
  let done = -1; // end of the last list looked at
  for (const n of names) {
    if (n.start < done || n.partial || !(isComma(text, n.end) || isComma(text, n.start - 2))) continue;
    starts ??= new Map(names.filter((m) => !m.partial).map((m) => [m.start, m.end]));
    let first = n.start;
    for (let prev = memberBefore(text, first); prev >= 0; prev = memberBefore(text, first)) first = prev;
    const members: Span[] = [];
    let named = 0;
    let at = first;
    for (;;) {
      const end = starts.get(at) ?? wordEnd(text, at);
      if (end <= at) break;
      if (starts.has(at)) named++;
      else members.push({ start: at, end });
      done = end;
      if (!isComma(text, end)) break;
      at = end + 2;
    }
    if (named < 2 || named + members.length < 3) continue;
    for (const m of members) {
      // Only the last member may carry a particle (벅스와); the others end at their comma.
      const [noun, particle] = m.end === done ? splitParticle(text.slice(m.start, m.end)) : [text.slice(m.start, m.end), ''];
      if (!isParticle(particle) || noun.length < 2 || STOPS.has(noun) || placesAt(noun, 0)[0]?.end === noun.length) continue;
      out.push({ start: m.start, end: m.start + noun.length });
    }
  }
  return out;
}

/** The start of the one-word member before the one at `start` (`…, member, `), or -1. */
function memberBefore(text: string, start: number): number {
  if (!isComma(text, start - 2)) return -1;
  let from = start - 2;
  while (from > 0 && isWordLetter(text.charCodeAt(from - 1))) from--;
  return from < start - 2 ? from : -1;
}
