// Given names, stage names and foreign names before 씨, 군 or 양, which follow only a person: 수현 씨,
// 준혁 군, 하윤 양, 스미스 씨, 우드씨, and every name of a list before one 씨 (예은, 유빈, 혜림 씨로). Names with
// a surname are the title rule's; this rule takes the words without one.
import type { Mention } from '../../types.js';
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { anonymisedSurname } from './anonymised.js';
import { COUNTRIES, NOT_NAMES, SURNAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { hasCommonGivenName, isPlaceWord, looksForeign } from './name-shape.js';
import { isListGap, type Token } from './tokens.js';
import { titleOf } from './words.js';

const HANGUL_NAME = /^[가-힣]{2,4}$/;
/** Forms of address after a given name; 군 and 양 are also 'army' and 'amount', so they need a given name's syllables. */
const ADDRESS = new Set(['씨', '군', '양']);
const SSI = 0xc528; // 씨

/** `at`: the indices of the words flagged ADDRESS_WORD. */
export function findAddressed(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const head = tokens[i];
    const { noun } = head;
    if (noun.length >= 3 && noun.charCodeAt(noun.length - 1) === SSI) {
      // 우드씨: written together only a transliterated name, as 아저씨, 솜씨 and 마음씨 are words.
      const name = noun.slice(0, -1);
      if (looksForeign(name) && mayBeName(name)) out.push(personMention(text, head, head, name, 'given-address', { title: '씨' }, head.start + name.length));
      continue;
    }
    if (!head.joined || !ADDRESS.has(noun)) continue; // joined: a word comes before
    const t = tokens[i - 1];
    if (t.end === head.start || t.particle === '의') continue; // 술의 양: an amount, not a name
    if (!mayBeName(t.text) || (head.noun !== '씨' && !hasCommonGivenName(`김${t.text}`))) continue;
    out.push(personMention(text, t, t, t.text, 'given-address', { title: head.noun }));
    // 예은, 유빈, 혜림 씨: the names listed before share the form of address.
    for (let k = i - 1; k > 0 && isListGap(text, tokens[k - 1].end, tokens[k].start) && mayBeName(tokens[k - 1].text); k--) {
      out.push(personMention(text, tokens[k - 1], tokens[k - 1], tokens[k - 1].text, 'given-address', { title: head.noun }));
    }
  }
  return out;
}

/** A word that may be a name standing alone: two to four syllables of Hangul, no common word, title, place or body. */
function mayBeName(word: string): boolean {
  if (!HANGUL_NAME.test(word) || NOT_NAMES.has(word) || COUNTRIES.has(word) || KNOWN_ORGS.has(word)) return false;
  // 김모 씨 and 남궁 씨 are the anonymised and title rules'.
  if (SURNAMES.has(word) || anonymisedSurname(word) !== undefined) return false;
  return titleOf(word) === undefined && !isPlaceWord(word) && !VERB_FINALS.has(word.at(-1)!);
}

/** Last syllables of verb forms before a noun (하는, 말할, 지난 …) that no given name ends in. */
const VERB_FINALS = new Set(['는', '던', '할', '될', '된']);

/** 씨, 군, 양, or a noun ending in 씨 (우드씨): per distinct word. */
export function isAddressWord(noun: string): boolean {
  return ADDRESS.has(noun) || (noun.length >= 3 && noun.charCodeAt(noun.length - 1) === SSI);
}
