// Building PERSON mentions from tokens, and reading a title off a word.
import { splitParticle } from '../../korean/particles.js';
import type { Mention } from '../../types.js';
import { titleEnding } from './lexicon.js';
import type { Token } from './tokens.js';

export function personMention(text: string, from: Token, to: Token, name: string, rule: string, extra: Partial<Mention> = {}): Mention {
  const m: Mention = { start: from.start, end: to.end, text: text.slice(from.start, to.end), type: 'PERSON', name, rule };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (m as unknown as Record<string, unknown>)[k] = v;
  return m;
}

/** The title a word names, its particle set aside: 위원장이 → 위원장, 국무위원장은 → 국무위원장. */
export function titleOf(word: string): string | undefined {
  if (titleEnding(word) !== undefined) return word;
  const [noun, particle] = splitParticle(word);
  return particle && titleEnding(noun) !== undefined ? noun : undefined;
}

/** Words that qualify a title without being an affiliation: 전 장관, 신임 대표. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['전', '현', '신임', '초대', '당시', '前', '現']);
