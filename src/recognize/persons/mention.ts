// Building PERSON mentions from words.
import type { Mention } from '../../types.js';
import type { Token } from './tokens.js';

/** A mention from the start of `from` to `to`'s end (or `end`, to leave a particle out). */
export function personMention(text: string, from: Token, to: Token, name: string, rule: string, extra: Partial<Mention> = {}, end = to.end): Mention {
  const m: Mention = { start: from.start, end, text: text.slice(from.start, end), type: 'PERSON', name, rule };
  if (extra.title !== undefined) m.title = extra.title;
  if (extra.affiliation !== undefined) m.affiliation = extra.affiliation;
  if (extra.partial !== undefined) m.partial = extra.partial;
  return m;
}

/** The name written in text[start, end) over several words, each gap of spaces or tabs as one space. */
export function spacedName(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[ \t]+/g, ' ');
}

/** Words that qualify a title without being an affiliation: 전 장관, 신임 대표. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['전', '현', '신임', '초대', '당시', '前', '現']);
