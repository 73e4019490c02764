// A name, its age in brackets, then a title: 김을순(70) 씨, 박민호 (45) 대표. The bracket breaks the phrase
// the title rule walks back over, so this rule joins the name to the title across it.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { isKoreanName } from './name-shape.js';
import type { Token } from './tokens.js';
import { TITLE_HEAD } from './word-flags.js';

const OPEN = /^ ?\($/;
const CLOSE = /^\) ?$/;
const AGE = /^[0-9]{1,3}$/;

export function findAged(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const head = tokens[i];
    if (!(head.flags & TITLE_HEAD) || head.title === undefined) continue;
    const age = tokens[i - 1];
    const name = tokens[i - 2];
    if (!AGE.test(age.text) || !CLOSE.test(text.slice(age.end, head.start)) || !OPEN.test(text.slice(name.end, age.start))) continue;
    if (name.particle !== '' || !isKoreanName(name.text)) continue;
    out.push(personMention(text, name, name, name.text, 'aged-title', { title: head.title }));
  }
  return out;
}
