// Rule: a name from the lexicon at the start of a word (중국에서, 남아프리카 공화국, 강원특별자치도는, 대북제재).
import { type Found, placeMentions } from './found.js';
import { COMPOUND_SUFFIXES, PLACES } from './lexicon.js';
import { compoundRest, placeRest, startsWithAny } from './remainder.js';
import { PARTICLES } from '../../korean/particles.js';
import { afterClosingMark, hangulRunEnd, isHangul, isListSeparator } from './text.js';

/**
 * The longest lexicon name at `start` whose word ends well: with particles or a place suffix (a
 * `prefix` form such as 대북 with anything, a `word` form such as 대미 alone or before a compound word).
 * `null` when no name starts here; `undefined` when one does but the word goes on into another word
 * (한국인, 부산시장), which no other rule should then read as a place.
 */
const isHangulAt = (text: string, i: number): boolean => isHangul(text.charCodeAt(i));

/** True when the word at start…end stands in a list joined by · (서울·경기, 경기·인천). */
function inList(text: string, start: number, end: number): boolean {
  return isListSeparator(text.charCodeAt(start - 1)) || isListSeparator(text.charCodeAt(end));
}

export function findName(text: string, start: number): Found | null | undefined {
  const matches = PLACES.matchesAt(text, start);
  if (matches.length === 0) return null;
  // 이란 is also a particle, which careless spacing detaches from a quoted title: “홀로 선 삶” 이란 제목.
  if (afterClosingMark(text, start) && PARTICLES.some((p) => text.startsWith(p, start) && !isHangulAt(text, start + p.length))) return undefined;
  for (const m of matches) {
    if (/[A-Za-z0-9]/.test(text[m.end] ?? '')) continue; // 워싱턴 DC is not 워싱턴 DCA
    const rest = text.slice(m.end, hangulRunEnd(text, m.end));
    const fits =
      m.kind === 'prefix' ? true
      : m.kind === 'word' ? rest === '' || startsWithAny(rest, COMPOUND_SUFFIXES)
      : m.kind === 'list-only' ? inList(text, start, m.end) && placeRest(text.slice(start, m.end), rest)
      : m.names.length > 1 ? compoundRest(text.slice(start, m.end), rest) // 조러관계, 영호남 지역
      : placeRest(text.slice(start, m.end), rest);
    if (!fits) continue;
    // 대북, 대미: the mention is the country's syllable after 대 (toward).
    const from = m.kind === 'prefix' || m.kind === 'word' ? m.end - 1 : start;
    return { mentions: placeMentions(text, from, m.end, m.names, `lexicon-${m.kind}`), next: m.end };
  }
  return undefined;
}
