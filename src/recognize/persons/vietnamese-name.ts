// Vietnamese names before a title: family, middle and given name, each of one or two syllables as Korean
// news writes them (팜 민 찐 베트남 총리, 보 반 트엉 전 국가주석, 응우옌 티 탄 부의장). Such short words are
// one name only when the family name is a Vietnamese one (vietnamese-surnames.txt) and either 베트남 stands
// between the name and the title, or the middle name is 반 or 티, the commonest of men's and women's
// middle names; alone, 또 럼 or 보 반 could be an adverb and a noun.
import type { Mention } from '../../types.js';
import { COUNTRIES, readLexicon } from './lexicon.js';
import { personMention } from './mention.js';
import type { Token } from './tokens.js';
import { titleOf } from './words.js';

const SURNAMES = new Set(readLexicon('vietnamese-surnames.txt'));
const MIDDLES = new Set(['반', '티']);
const SHORT_WORD = /^[가-힣]{1,2}$/;

/** The Vietnamese name that ends at tokens[j] or, when tokens[j] is 베트남, at tokens[j - 1]; undefined if none. */
export function vietnameseBefore(text: string, tokens: Token[], j: number, title: string, noted: string | undefined): Mention | undefined {
  const country = tokens[j].text === '베트남' && tokens[j].joined;
  const last = country ? j - 1 : j;
  // From the shortest name (two words) to the longest (four), the first whose family name is Vietnamese.
  for (let s = last - 1; s >= 0 && s >= last - 3; s--) {
    if (!tokens[s + 1].joined || !nameWord(tokens[s + 1])) return undefined;
    if (!SURNAMES.has(tokens[s].text)) continue; // a listed family name (응우옌 has three syllables)
    if (!country && !(last - s >= 2 && MIDDLES.has(tokens[s + 1].text))) continue;
    const name = tokens.slice(s, last + 1).map((t) => t.text).join(' ');
    return personMention(text, tokens[s], tokens[last], name, 'vietnamese-name', { title, affiliation: noted ?? (country ? '베트남' : undefined) });
  }
  return undefined;
}

/** A word of one or two syllables with no particle, no title or country. */
function nameWord(t: Token): boolean {
  return t.particle === '' && SHORT_WORD.test(t.text) && titleOf(t.text) === undefined && !COUNTRIES.has(t.text);
}
