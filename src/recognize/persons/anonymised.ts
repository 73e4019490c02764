// Anonymised people (김모씨, 조모(45)씨, 이 모 씨) are not persons to list: a later 조 씨 or 조씨 of the
// same surname is the same anonymous person, not a new one known only by surname.
import type { Mention } from '../../types.js';
import { afterGloss, onlySpacesBetween } from './gloss.js';
import { SURNAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { isDigit, type Token } from './tokens.js';

/** Forms of address after an anonymised name: 김모씨, A군, B양. */
export const ANONYMOUS_TITLES: ReadonlySet<string> = new Set(['씨', '군', '양']);

/** 모, an optional note in brackets (an age: 45, 54·여), then 씨/군/양: what follows the surname of an anonymised name. */
const AFTER_SURNAME = /모[ \t]?(?:\([^()\n]{1,24}\)[ \t]?)?[씨군양]/g;

/** The surnames the text anonymises someone of (`<surname>[ ]모(<age>)?씨`), found in one pass when first asked. */
export class AnonymisedSurnames {
  private found: Set<string> | undefined;
  constructor(private readonly text: string) {}
  has(surname: string): boolean {
    this.found ??= this.find();
    return this.found.has(surname);
  }
  private find(): Set<string> {
    const { text } = this;
    const out = new Set<string>();
    for (const m of text.matchAll(AFTER_SURNAME)) {
      // The one or two characters before 모 (a surname has one or two), past one space or tab.
      const c = text.charCodeAt(m.index - 1);
      const end = c === 0x20 || c === 0x09 ? m.index - 1 : m.index;
      if (end >= 1) out.add(text.slice(end - 1, end));
      if (end >= 2) out.add(text.slice(end - 2, end));
    }
    return out;
  }
}

/**
 * Anonymised people before a title, past a note in brackets: 조모(54·여)씨, 정모 (41) 씨, 김모 과장,
 * A(28·회사원)씨, B(71·여) 씨, K기자, A 경장. The surname (or the letter) is the person's name.
 */
/** `at`: the indices of the words flagged ANONYMISED. */
export function findAnonymised(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    if (i + 1 >= tokens.length) continue;
    const t = tokens[i];
    const surname = t.text.length === 1 ? undefined : anonymisedSurname(t.text);
    const after = afterGloss(text, t.end);
    let k = i + 1;
    while (k < tokens.length && tokens[k].start < after) k++;
    const head = tokens[k];
    if (head === undefined || !onlySpacesBetween(text, after, head.start) || head.title === undefined) continue;
    const title = head.title;
    if (surname === undefined) {
      // HBM3E 12단, A 3단 제품: a letter ending a model name, or before a counted word, is no one.
      if ((i > 0 && tokens[i - 1].end === t.start) || isDigit(head.text.charCodeAt(0))) continue;
      out.push(personMention(text, t, t, `${t.text}${title}`, 'anonymous', { title }));
    } else {
      const name = ANONYMOUS_TITLES.has(title) ? `${surname}모${title}` : `${surname}모 ${title}`;
      out.push(personMention(text, t, t, name, 'anonymised', { title }, t.start + surname.length));
    }
  }
  return out;
}

/** A capital letter alone (A씨) or surname + 모 (김모): per distinct word. */
export function isAnonymisedWord(word: string): boolean {
  return /^[A-Z]$/.test(word) || anonymisedSurname(word) !== undefined;
}

/** The surname of a word that is surname + 모 with nothing after (김모, 남궁모), or undefined. */
export function anonymisedSurname(word: string): string | undefined {
  if (word.length < 2 || word.length > 3 || word.charCodeAt(word.length - 1) !== 0xbaa8) return undefined; // 모
  const surname = word.slice(0, -1);
  return SURNAMES.has(surname) ? surname : undefined;
}
