// Family names of two words joined by a hyphen: 린다 토머스-그린필드, 장클로드 카-리. A foreign name
// found before the hyphen takes the word after it, its particle left out, when that word may be part
// of a transliterated name.
import type { Mention } from '../../types.js';
import { canBeForeignName } from './name-shape.js';
import { splitNoun } from './words.js';

const HYPHEN = 0x2d;
const HANGUL_RUN = /[가-힣]+/y;

/** Extends, in place, each foreign name written before a hyphen over the word after it. */
export function joinHyphenated(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (text.charCodeAt(m.end) !== HYPHEN || m.partial === 'surname' || !m.name.includes(' ')) continue;
    HANGUL_RUN.lastIndex = m.end + 1;
    const word = HANGUL_RUN.exec(text)?.[0];
    if (word === undefined) continue;
    const [noun] = splitNoun(word);
    if (noun.length < 2 || !canBeForeignName(noun)) continue;
    m.end += 1 + noun.length;
    m.text = text.slice(m.start, m.end);
    m.name = `${m.name}-${noun}`;
  }
}
