// Rule: a name from the lexicon at the start of a word (중국에서, 남아프리카 공화국, 강원특별자치도는, 대북제재).
import { type Found, placeMentions } from './found.js';
import { COMPOUND_SUFFIXES, PLACES } from './lexicon.js';
import { placeRest, startsWithAny } from './remainder.js';
import { hangulRunEnd } from './text.js';

/**
 * The longest lexicon name at `start` whose word ends well: with particles or a place suffix (a
 * `prefix` form such as 대북 with anything, a `word` form such as 대미 alone or before a compound word).
 * `null` when no name starts here; `undefined` when one does but the word goes on into another word
 * (한국인, 부산시장), which no other rule should then read as a place.
 */
export function findName(text: string, start: number): Found | null | undefined {
  const matches = PLACES.matchesAt(text, start);
  if (matches.length === 0) return null;
  for (const m of matches) {
    const rest = text.slice(m.end, hangulRunEnd(text, m.end));
    const fits =
      m.kind === 'prefix' ? true
      : m.kind === 'word' ? rest === '' || startsWithAny(rest, COMPOUND_SUFFIXES)
      : placeRest(text.slice(start, m.end), rest);
    if (fits) return { mentions: placeMentions(text, start, m.end, m.names, `lexicon-${m.kind}`), next: m.end };
  }
  return undefined;
}
