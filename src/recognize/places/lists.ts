// Rule: countries joined by · or - where at least one is a one-syllable form (한·미·일, 한·싱가포르,
// 미·이스라엘): each gets its own mention. Every member must be a country, so 중·고교 and 일·가정 are not.
import type { Mention } from '../../types.js';
import { type Found, placeMentions } from './found.js';
import { PLACES, shortForm, type ShortKind } from './lexicon.js';
import { compoundRest } from './remainder.js';
import { hangulRunEnd, isListSeparator } from './text.js';

const MEMBER: readonly ShortKind[] = ['compound', 'list'];
// A list longer than this is not a list of countries; the bound keeps the scan linear on 북·북·북…
const MAX_MEMBERS = 8;

interface Member {
  end: number;
  names: string[];
  short: boolean;
}

/** The country at `i`: a full name or a one-syllable form, ending before a separator or ending its word. */
function member(text: string, i: number): Member | null {
  for (const m of PLACES.matchesAt(text, i)) {
    if (m.kind === 'country' && endsMember(text, i, m.end)) return { end: m.end, names: m.names, short: false };
  }
  const short = shortForm(text, i, MEMBER);
  if (short && endsMember(text, i, i + 1)) {
    return { end: i + 1, names: [short.name], short: true };
  }
  return null;
}

function endsMember(text: string, start: number, end: number): boolean {
  return isListSeparator(text.charCodeAt(end)) || compoundRest(text.slice(start, end), text.slice(end, hangulRunEnd(text, end)));
}

export function findList(text: string, start: number, runEnd: number): Found | null {
  if (!isListSeparator(text.charCodeAt(start + 1)) && !isListSeparator(text.charCodeAt(runEnd))) return null;
  const members: Array<Member & { start: number }> = [];
  let i = start;
  while (members.length < MAX_MEMBERS) {
    const m = member(text, i);
    if (!m) break;
    members.push({ ...m, start: i });
    if (!isListSeparator(text.charCodeAt(m.end))) break;
    i = m.end + 1;
  }
  if (members.length < 2 || !members.some((m) => m.short)) return null;
  const mentions: Mention[] = members.flatMap((m) => placeMentions(text, m.start, m.end, m.names, 'list'));
  return { mentions, next: members[members.length - 1].end };
}
