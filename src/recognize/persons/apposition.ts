// Names after a title in apposition: 배우 김하늘이, 북한 국무위원장 김정은. Only names of three or more
// syllables: a two-syllable word after a title is more often a common noun (대통령 선거, 의원 정수).
import type { Mention } from '../../types.js';
import { TITLES } from './lexicon.js';
import { personMention } from './mention.js';
import { nameIn } from './name-shape.js';
import type { Token } from './tokens.js';

export function findApposition(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const title = tokens[i].text;
    const next = tokens[i + 1];
    if (!next.joined || title.length < 2 || !TITLES.has(title)) continue;
    const name = nameIn(next.text);
    if (name === undefined || name.length < 3) continue;
    const end = { ...next, end: next.start + name.length };
    out.push(personMention(text, next, end, name, 'title-name', { title }));
  }
  return out;
}
