// Later bare mentions of a name the document has already introduced with a title: 김정은은, 푸틴은,
// 블라디미르 푸틴의. Only names confirmed by another rule are looked for, so 정부 or 이번 never match.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import type { Token } from './tokens.js';

/** Mentions of `known` names (full names → the mention they came from) in words not yet covered. */
export function findRepeats(text: string, tokens: Token[], known: Map<string, Mention>, covered: Uint8Array): Mention[] {
  const families = new Map<string, string>(); // 푸틴 → 블라디미르 푸틴
  const firsts = new Set<number>(); // first characters of all names looked for, a cheap first test
  for (const name of known.keys()) {
    const words = name.split(' ');
    if (words.length > 1) families.set(words.at(-1)!, name);
    firsts.add(name.charCodeAt(0)).add(words.at(-1)!.charCodeAt(0));
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!firsts.has(text.charCodeAt(t.start)) || covered[i] === 1) continue;
    // The word when it is a name looked for, else its noun (김정은은 → 김정은); each looked up once.
    let word = t.text;
    let full = families.get(word);
    let m = full === undefined ? known.get(word) : undefined;
    if (full === undefined && m === undefined) {
      word = t.noun;
      full = families.get(word);
      m = full === undefined ? known.get(word) : undefined;
    }
    const end = t.start + word.length;
    if (full !== undefined) {
      const prev = tokens[i - 1];
      const whole = i > 0 && t.joined && isPair(full, prev.text, word);
      if (whole && covered[i - 1] === 0) out.push(personMention(text, prev, t, full, 'repeat', {}, end));
      else if (!whole) out.push(personMention(text, t, t, word, 'repeat', { partial: 'short' }, end));
    } else if (m !== undefined) {
      out.push(personMention(text, t, t, word, 'repeat', { partial: m.partial === 'short' ? 'short' : undefined }, end));
    }
  }
  return out;
}

/** Whether `name` is `first`, a space and `last` (no string built to compare). */
function isPair(name: string, first: string, last: string): boolean {
  return name.length === first.length + 1 + last.length && name.charCodeAt(first.length) === 0x20 && name.startsWith(first) && name.endsWith(last);
}
