// A Japanese family name and given name, maybe before a title: 다나카 히로시가, 하시모토 료스케는, 사토 유카리의,
// 하야시 요시마사 관방장관은.
// The family name is a common one (japanese-surnames.txt); the given name must be spelled as Korean
// writes Japanese (open syllables, final ㄴ or ㅅ only) and show it, by a syllable Sino-Korean words never
// have (키, 히, 쓰, 겐, 헤이, 쇼) or by three or more syllables: a two-syllable Sino-Korean noun after the
// family name is its topic (아베 지시, 다나카 주도), not a name.
import type { Mention } from '../../types.js';
import { readLexicon } from './lexicon.js';
import { personMention } from './mention.js';
import { canBeForeignName } from './name-shape.js';
import type { Token } from './tokens.js';

export const JAPANESE_SURNAMES: ReadonlySet<string> = new Set(readLexicon('japanese-surnames.txt'));

/** `at`: the indices of the words flagged JAPANESE_SURNAME. */
export function findJapaneseNames(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const given = tokens[i + 1];
    if (given === undefined || !given.joined || !isJapaneseGivenName(given.noun)) continue;
    const end = given.start + given.noun.length;
    // 하야시 요시마사 관방장관: a title right after the name is its title.
    const next = tokens[i + 2];
    const title = given.particle === '' && next?.joined ? next.title : undefined;
    out.push(personMention(text, tokens[i], given, `${tokens[i].text} ${given.noun}`, 'japanese-name', { title }, end));
  }
  return out;
}

function isJapaneseGivenName(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false;
  let marked = word.length >= 3;
  for (let n = 0; n < word.length; n++) {
    const code = word.charCodeAt(n) - 0xac00;
    if (code < 0 || code >= 11172) return false;
    const ini = Math.floor(code / 588);
    const med = Math.floor((code % 588) / 28);
    const fin = code % 28;
    if (!JAPANESE_VOWELS.has(med) || (fin !== 0 && fin !== 4 && fin !== 19)) return false;
    if (TENSE.has(ini) && !(ini === 10 && med === 18)) return false; // only 쓰 of the tense initials
    marked ||= ini === 15 || med === 5 || (med === 18 && fin === 0) || fin === 19 || (ini === 18 && med === 20) || (med === 12 && SHO.has(ini));
  }
  // 요시노부, 마사노부: 부 ends bodies' names (통일부) but many Japanese given names too.
  return marked && (canBeForeignName(word) || (word.length >= 3 && word.endsWith('부') && canBeForeignName(word.slice(0, -1))));
}

/** Medials of Japanese syllables: ㅏ ㅑ ㅔ ㅗ ㅛ ㅜ ㅠ ㅡ ㅣ. */
const JAPANESE_VOWELS = new Set([0, 2, 5, 8, 12, 13, 17, 18, 20]);
/** ㅅ ㅈ ㅊ, which Sino-Korean never puts before ㅛ (쇼, 죠, 쵸). */
const SHO = new Set([9, 12, 14]);
/** ㄲ ㄸ ㅃ ㅆ ㅉ. */
const TENSE = new Set([1, 4, 8, 10, 13]);
