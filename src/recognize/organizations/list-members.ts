// Members of a list that names organizations: in `A, B, C 등` with two or more members already known as
// organizations (엠넷, 누리뮤직, 가람소리 등), the other one-word members are organizations too, unless
// they are places or words for a kind of body (data/list-stops.txt); so are all members of a list told as
// bodies by the kind after it (한빛, 누리, 가람 등 3개 회사), even those named like places.
import { splitParticle } from '../../korean/particles.js';
import { placesAt } from '../places/index.js';
import { readList } from './lists.js';
import { isWordLetter, wordEnd } from './scan.js';
import { isParticle } from './word.js';

const STOPS = new Set(readList('list-stops.txt'));
/** 등 and a kind of body after a list: 등 5개 회사, 등의 사립전문학교, 등 빙과업체들은. */
const KIND_AFTER = /^ 등(?:의)? (?:[0-9]+개 )?[가-힣]*(?:회사|업체|기업|은행|대학|대학교|학교|단체|방송사|신문사|언론사|정당|구단|증권사|보험사|카드사|제약사|건설사|통신사|출판사|기획사)(?:들)?(?:에서|인데|이며|이다|[은는이가의을를과와도])?(?![가-힣])/;
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

const EUI = '의'.charCodeAt(0);
const DEUNG = '등'.charCodeAt(0);

/** Whether the word text[start, end) is 등 or 등의 after a space, where a list told by its kind may end. */
export const mayEndKindList = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start) === DEUNG && (end - start === 1 || (end - start === 2 && text.charCodeAt(start + 1) === EUI)) && text.charCodeAt(start - 1) === 0x20;

/**
 * The members [start, end) of lists of two or more one-word members before 등 and a kind of body (see
 * KIND_AFTER); `words`: the starts of the words 등 the document has (mayEndKindList).
 */
export function kindListMembers(text: string, words: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const word of words) {
    const at = word - 1;
    let last = at;
    while (last > 0 && isWordLetter(text.charCodeAt(last - 1))) last--;
    // A list: a word before 등 with another before it and a comma (most 등 follow no list), then the kind.
    if (last === at || !isComma(text, last - 2) || !KIND_AFTER.test(text.slice(at, at + 28))) continue;
    const members: Span[] = [{ start: last, end: at }];
    for (let prev = memberBefore(text, members[0].start); prev >= 0; prev = memberBefore(text, members[0].start)) {
      members.unshift({ start: prev, end: members[0].start - 2 });
    }
    if (members.length < 2) continue;
    for (const m of members) {
      const noun = text.slice(m.start, m.end);
      if (noun.length >= 2 && !STOPS.has(noun)) out.push(m);
    }
  }
  return out;
}
