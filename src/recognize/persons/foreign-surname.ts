// A foreign family name alone, known by its ending (foreign-surname-endings.txt) and a particle after it:
// 잭슨은, 로드먼의, 이바노비치가, 페트로바를, 곤잘레스는, 하시모토가. The ending alone would also take
// loanwords (위스키, 드레스), which the data file lists as exceptions; the word must otherwise be free to
// be a name (no country, place, body, title or Korean name). A short mention, linked to a full name, or
// the full name when a transliterated first name comes before it.
import type { Mention } from '../../types.js';
import { readLexicon } from './lexicon.js';
import { personMention } from './mention.js';
import { canBeForeignName, isForeignNameWord, isKoreanName, looksForeign } from './name-shape.js';
import type { Token } from './tokens.js';
import { FOREIGN_FIRST } from './word-flags.js';

const LINES = readLexicon('foreign-surname-endings.txt');
const ENDINGS = new Set(LINES.filter((l) => !l.startsWith('-')));
const NOT_NAMES = new Set(LINES.filter((l) => l.startsWith('-')).map((l) => l.slice(1)));
const LONGEST = Math.max(...[...ENDINGS].map((e) => e.length));

/** Particles of a subject, object, owner, partner or topic (시도로바에 대한). */
const PARTICLES = new Set(['은', '는', '이', '가', '의', '을', '를', '와', '과', '도', '에게', '에']);

/** `at`: the indices of the words flagged FOREIGN_SURNAME. */
export function findForeignSurnames(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    const end = t.start + t.noun.length;
    // 안나 페트로바가: after a transliterated first name the two words are the name.
    const prev = tokens[i - 1];
    if (t.joined && prev.particle === '' && (prev.flags & FOREIGN_FIRST || isForeignNameWord(prev.text))) {
      out.push(personMention(text, prev, t, `${prev.text} ${t.noun}`, 'foreign-surname', {}, end));
    } else {
      out.push(personMention(text, t, t, t.noun, 'foreign-surname', { partial: 'short' }, end));
    }
  }
  return out;
}

/** A word made of a family name with a telling ending and a particle (per distinct word). */
export function isForeignSurname(noun: string, particle: string): boolean {
  if (!PARTICLES.has(particle) || noun.length < 2 || noun.length > 6 || NOT_NAMES.has(noun)) return false;
  let ending: string | undefined;
  for (let n = Math.min(LONGEST, noun.length - 1); n >= 1 && ending === undefined; n--) if (ENDINGS.has(noun.slice(-n))) ending = noun.slice(-n);
  if (ending === undefined || !canBeForeignName(noun) || isKoreanName(noun)) return false;
  // A one-syllable ending (슨, 먼) needs a transliteration's look; longer ones tell enough (시도로바, 하시모토).
  return ending.length > 1 || looksForeign(noun);
}
