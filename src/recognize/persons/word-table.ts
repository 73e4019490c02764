// The analysis of each distinct word, found straight from the text: a hash of its characters and an
// open-addressing table, so that no string is cut out of the text for a word seen before. The word's
// string comes from the table too, one object per distinct word, its hash already known to V8, which
// makes the rules' later Set and Map look-ups on it cheap.
import { isAnonymisedWord } from './anonymised.js';
import { isAddressWord } from './addressed.js';
import { standsBeforeName } from './apposition.js';
import { mayBeBareName } from './bare.js';
import { type Fused, fusedIn } from './fused.js';
import { isForeignSurname } from './foreign-surname.js';
import { isChineseName } from './chinese-name.js';
import { isFirstNameAlone } from './first-name.js';
import { isHypocoristic } from './hypocoristic.js';
import { JAPANESE_SURNAMES } from './japanese-name.js';
import { FOREIGN_FIRST_NAMES, NAME_HEADS } from './lexicon.js';
import { isKoreanName, isPlaceWord, nameIn } from './name-shape.js';
import { mayPlayRole } from './role.js';
import { mayStartWellKnown } from './well-known.js';
import { ADDRESS_WORD, ANONYMISED, BARE_NAME, BEFORE_A_NAME, CHINESE_NAME, FIRST_NAME_ALONE, FOREIGN_FIRST, FOREIGN_SURNAME, FUSED, HYPOCORISTIC, JAPANESE_SURNAME, KOREAN, LIST_NAME, ROLE_VERB, SHORT_NOUN, TITLE_HEAD, WELL_KNOWN } from './word-flags.js';
import { splitNoun, titleOf } from './words.js';

/** What the person rules ask of a word. */
export interface WordInfo {
  text: string;
  /** The word's noun and the particle after it (splitNoun). */
  noun: string;
  particle: string;
  /** The title the word names (titleOf), and the one its noun names. */
  title: string | undefined;
  nounTitle: string | undefined;
  /** Whether the word is a Korean name (isKoreanName), and the name it starts with (nameIn). */
  korean: boolean;
  name: string | undefined;
  /** Whether that name is a place name of the lexicon too (김포, 전주). */
  namePlace: boolean;
  /** The name and title written together in the word's noun (홍길동씨는, 김위원장은), for the fused rule. */
  fused: Fused | undefined;
  /** The rules' first tests (word-flags.ts). */
  flags: number;
}

const BITS = 16;
const SIZE = 1 << BITS;
/** Emptied when this full, which bounds its memory (and keeps probes short) on huge inputs. */
const LIMIT = (SIZE >> 2) * 3;
/** A word's analysis with the hash of its characters, kept in the object a hit reads anyway. */
interface Entry extends WordInfo {
  hash: number;
}
let slots: Array<Entry | undefined> = new Array(SIZE);
let used = 0;

function analyse(word: string, hash: number): Entry {
  const [noun, particle] = splitNoun(word);
  const name = nameIn(word);
  const namePlace = name !== undefined && isPlaceWord(name);
  const title = titleOf(word);
  const korean = isKoreanName(word);
  const fused = fusedIn(noun);
  const flags =
    (title !== undefined || NAME_HEADS.has(noun) ? TITLE_HEAD : 0) |
    (standsBeforeName(word) ? BEFORE_A_NAME : 0) |
    (fused ? FUSED : 0) |
    (korean ? KOREAN : 0) |
    (name !== undefined && !namePlace ? LIST_NAME : 0) |
    (mayBeBareName(noun, particle) ? BARE_NAME : 0) |
    (mayPlayRole(word, noun) ? ROLE_VERB : 0) |
    (isAnonymisedWord(word) ? ANONYMISED : 0) |
    (isAddressWord(noun) ? ADDRESS_WORD : 0) |
    (mayStartWellKnown(word, noun) ? WELL_KNOWN : 0) |
    (FOREIGN_FIRST_NAMES.has(word) ? FOREIGN_FIRST : 0) |
    (isFirstNameAlone(noun, particle) ? FIRST_NAME_ALONE : 0) |
    (isChineseName(noun, particle) ? CHINESE_NAME : 0) |
    (isHypocoristic(noun, particle) ? HYPOCORISTIC : 0) |
    (isForeignSurname(noun, particle) ? FOREIGN_SURNAME : 0) |
    (JAPANESE_SURNAMES.has(word) ? JAPANESE_SURNAME : 0) | // the whole word: 하세가와 is not 하세가 + 와
    (noun.length === 2 && particle !== '은' && particle !== '이' ? SHORT_NOUN : 0);
  return { text: word, noun, particle, title, nounTitle: titleOf(noun), korean, name, namePlace, fused, flags, hash };
}

/**
 * The analysis of text.slice(start, end), whose characters hash to `sum` (h = h * 31 + code, in 32 bits,
 * worked out by the caller as it reads the word).
 */
export function wordAt(text: string, start: number, end: number, sum: number): WordInfo {
  const h = Math.imul(sum ^ (sum >>> 15), 0x2c1b3c6d) | 0;
  let i = (h >>> (32 - BITS)) & (SIZE - 1);
  for (;;) {
    const slot = slots[i];
    if (slot === undefined) break;
    if (slot.hash === h && sameWord(slot.text, text, start, end)) return slot;
    i = (i + 1) & (SIZE - 1);
  }
  if (used >= LIMIT) {
    slots = new Array(SIZE);
    used = 0;
    return wordAt(text, start, end, sum);
  }
  const info = analyse(text.slice(start, end), h);
  slots[i] = info;
  used++;
  return info;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
