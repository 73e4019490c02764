// Building PERSON mentions from words.
import type { Mention } from '../../types.js';
import { makeMention } from '../mention.js';
import type { Token } from './tokens.js';

/** A mention from the start of `from` to `to`'s end (or `end`, to leave a particle out). */
export function personMention(text: string, from: Token, to: Token, name: string, rule: string, extra: Partial<Mention> = {}, end = to.end): Mention {
  return makeMention('PERSON', from.start, end, text.slice(from.start, end), name, rule, extra.title, extra.affiliation, extra.partial);
}

/** The name written in text[start, end) over several words, each gap of spaces or tabs as one space. */
export function spacedName(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[ \t]+/g, ' ');
}

/** Words that qualify a title without being an affiliation: 전 장관, 신임 대표. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['전', '현', '신임', '초대', '당시', '前', '現']);
