// Names written alone in brackets or with an age in brackets after them: the actor after a character
// (송하나(김민지)는), the person after a role noun (남자(마이클 로버츠)와), a foreign name with its age
// (마이클 로버츠(47)와). Inside brackets only a clear name counts: a word of a bare name's shape (bare.ts),
// or two words of a transliterated name.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { BODY_FINALS, canBeForeignFirstName, canBeForeignName, isForeignNameWord } from './name-shape.js';
import type { Token } from './tokens.js';
import { BARE_NAME } from './word-flags.js';

const OPEN = 0x28;
const CLOSE = 0x29;
const AGE = /^[0-9]{1,3}$/;

export function findBracketed(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (text.charCodeAt(t.start - 1) === OPEN) {
      // (김민지) or (마이클 로버츠)
      // Not after a body's name, where the bracket glosses it (에어포스원(전용기)).
      const before = tokens[i - 1];
      const glossed = before?.end === t.start - 1 && BODY_FINALS.has(before.text.at(-1)!);
      if (text.charCodeAt(t.end) === CLOSE && t.flags & BARE_NAME && t.particle === '' && !glossed) {
        out.push(personMention(text, t, t, t.text, 'bracketed-name'));
        continue;
      }
      const second = tokens[i + 1];
      if (second?.joined && text.charCodeAt(second.end) === CLOSE && isForeignPair(t.text, second.text)) {
        out.push(personMention(text, t, second, `${t.text} ${second.text}`, 'bracketed-name'));
      }
      continue;
    }
    // 마이클 로버츠(47)
    const age = tokens[i + 2];
    const second = tokens[i + 1];
    if (!second?.joined || age === undefined || text.charCodeAt(second.end) !== OPEN || age.start !== second.end + 1 || !AGE.test(age.text)) continue;
    if (text.charCodeAt(age.end) !== CLOSE || !isForeignPair(t.text, second.text)) continue;
    out.push(personMention(text, t, second, `${t.text} ${second.text}`, 'foreign-aged'));
  }
  return out;
}

/** 마이클 로버츠: a first name and a family name, one of them plainly transliterated, neither a long compound. */
function isForeignPair(first: string, family: string): boolean {
  if (first.length > 5 || family.length > 5) return false; // 빅에어 금메달리스트
  return isForeignNameWord(first) ? canBeForeignName(family) : canBeForeignFirstName(first) && isForeignNameWord(family);
}
