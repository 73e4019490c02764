// Well-known people, named without a title or any other context (시진핑은, 메르켈과, 리오넬 메시가): the
// names of well-known.txt, each word matched whole, a particle allowed after the last.
import type { Mention } from '../../types.js';
import { readLexicon } from './lexicon.js';
import { personMention, spacedName } from './mention.js';
import type { Token } from './tokens.js';

const NAMES = readLexicon('well-known.txt');
/** One-word names, and the first words of longer ones with the rest of each name's words. */
const SINGLE = new Set(NAMES.filter((n) => !n.includes(' ')));
const LONGER = new Map<string, string[][]>();
/** Family names the list also gives in full (푸틴 of 블라디미르 푸틴): a short mention, linked to the full one. */
const FAMILY_OF_FULL = new Set<string>();
for (const name of NAMES) {
  const words = name.split(' ');
  if (words.length === 1) continue;
  (LONGER.get(words[0]) ?? LONGER.set(words[0], []).get(words[0])!).push(words.slice(1));
  FAMILY_OF_FULL.add(words.at(-1)!);
}

/** `at`: the indices of the words flagged WELL_KNOWN. */
export function findWellKnown(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  let next = 0; // the first word not yet part of a name found
  for (const i of at) {
    if (i < next) continue;
    const t = tokens[i];
    const rests = LONGER.get(t.text);
    const rest = rests && longestMatch(tokens, i, rests);
    if (rest !== undefined) {
      const long = rest.length;
      const last = tokens[i + long];
      // 무함마드 빈 살만: a last word listed whole keeps a last syllable that could be a particle (만).
      const end = last.text === rest[long - 1] ? last.end : last.start + (last.text.length - last.particle.length);
      out.push(personMention(text, t, last, spacedName(text, t.start, end), 'well-known', {}, end));
      next = i + long + 1;
      continue;
    }
    // 김정은 whole before 김정 + 은: the word itself first, then its noun.
    const word = SINGLE.has(t.text) ? t.text : SINGLE.has(t.noun) ? t.noun : undefined;
    if (word === undefined) continue;
    const partial = FAMILY_OF_FULL.has(word) ? 'short' : undefined;
    out.push(personMention(text, t, t, word, 'well-known', { partial }, t.start + word.length));
  }
  return out;
}

/** The longest of `rests` the words after tokens[i] match (joined words, a particle on the last). */
function longestMatch(tokens: Token[], i: number, rests: string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const rest of rests) {
    if (best !== undefined && rest.length <= best.length) continue;
    let ok = i + rest.length < tokens.length;
    for (let k = 0; ok && k < rest.length; k++) {
      const w = tokens[i + 1 + k];
      ok = w.joined && (w.text === rest[k] || (k === rest.length - 1 && w.noun === rest[k]));
    }
    if (ok) best = rest;
  }
  return best;
}

/** A listed name, or the first word of one: per distinct word. */
export function mayStartWellKnown(word: string, noun: string): boolean {
  return LONGER.has(word) || SINGLE.has(word) || SINGLE.has(noun);
}
