// Rule: a word made of one-syllable country forms (북러, 한미일, 남북, 북중러관계) names each country,
// each at its own syllable (북 → 북한, 러 → 러시아), as KLUE and NIKL mark them. Never a lone syllable
// in another word: 미 in 미래 is not 미국.
import type { Mention } from '../../types.js';
import { addMentions, type Found } from './found.js';
import { COMPOUND_STOP, COMPOUND_SUFFIXES, isShortForm, SHORT, shortForm } from './lexicon.js';
import { compoundRest } from './remainder.js';
import { hangulRunEnd, nextWordStart } from './text.js';

const MAX_PARTS = 4;

/** True when the syllable at `i` already stood earlier in start…i (일일 and 남남 are not compounds). */
function repeated(text: string, start: number, i: number): boolean {
  const c = text.charCodeAt(i);
  for (let k = start; k < i; k++) if (text.charCodeAt(k) === c) return true;
  return false;
}

/** True when a compound word follows `end`: fused (중일관계) or as the next word (중일 관계). */
function beforeCompoundWord(text: string, end: number, runEnd: number): boolean {
  if (end < runEnd) return COMPOUND_SUFFIXES.startsAt(text, end, runEnd);
  const next = nextWordStart(text, end);
  return next >= 0 && COMPOUND_SUFFIXES.startsAt(text, next, hangulRunEnd(text, next));
}

export function findCompound(text: string, start: number, runEnd: number): Found | null {
  // Many words begin with these syllables (한국, 중앙, 일본, 미래): a table read first, names only for a find.
  if (!isShortForm(text, start, SHORT.compound) || !isShortForm(text, start + 1, SHORT.compound)) return null;
  let parts = 0;
  while (parts < MAX_PARTS && start + parts < runEnd && isShortForm(text, start + parts, SHORT.compound) && !repeated(text, start, start + parts)) parts++;
  for (; parts >= 2; parts--) {
    const end = start + parts;
    // Ordinary words (중일 때, 미남) count only before a compound word: 중일 관계, 중일전쟁.
    const fits = COMPOUND_STOP.has(text.slice(start, end)) ? beforeCompoundWord(text, end, runEnd) : compoundRest(text, end, runEnd);
    if (fits) {
      const mentions: Mention[] = [];
      for (let i = start; i < end; i++) addMentions(mentions, text, i, i + 1, shortForm(text, i, SHORT.compound)!, 'compound');
      return { mentions, next: end };
    }
  }
  return null;
}

/**
 * True when the whole of `word` is a compound of country short forms that counts as places on its own
 * (한중일, 한미, 북러): for other recognizers, which should not read it as a name (한 + 중일).
 */
export function isCountryCompound(word: string): boolean {
  const found = findCompound(word, 0, word.length);
  return found !== null && found.next === word.length;
}
