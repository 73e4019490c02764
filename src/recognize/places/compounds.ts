// Rule: a word made of one-syllable country forms (북러, 한미일, 남북, 북중러관계) names each country,
// each at its own syllable (북 → 북한, 러 → 러시아), as KLUE and NIKL mark them. Never a lone syllable
// in another word: 미 in 미래 is not 미국.
import { type Found, placeMentions } from './found.js';
import { COMPOUND_STOP, COMPOUND_SUFFIXES, shortForm, type ShortKind } from './lexicon.js';
import { compoundRest, startsWithAny } from './remainder.js';
import { nextWord } from './text.js';

const MAX_PARTS = 4;
const COMPOUND: readonly ShortKind[] = ['compound'];

export function findCompound(text: string, start: number, runEnd: number): Found | null {
  if (!shortForm(text, start, COMPOUND) || !shortForm(text, start + 1, COMPOUND)) return null;
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = start; i < runEnd && names.length < MAX_PARTS; i++) {
    const short = shortForm(text, i, COMPOUND);
    if (!short || seen.has(text[i])) break; // 일일 and 남남 are not compounds
    seen.add(text[i]);
    names.push(short.name);
  }
  for (let parts = names.length; parts >= 2; parts--) {
    const end = start + parts;
    const word = text.slice(start, end);
    const rest = text.slice(end, runEnd);
    // Ordinary words (중일 때, 미남) count only before a compound word: 중일 관계, 중일전쟁.
    const fits = COMPOUND_STOP.has(word)
      ? startsWithAny(rest, COMPOUND_SUFFIXES) || (rest === '' && startsWithAny(nextWord(text, end), COMPOUND_SUFFIXES))
      : compoundRest(word, rest);
    if (fits) {
      const mentions = names.slice(0, parts).flatMap((name, i) => placeMentions(text, start + i, start + i + 1, [name], 'compound'));
      return { mentions, next: end };
    }
  }
  return null;
}
