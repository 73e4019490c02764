// Characters of dramas and films (persons by the guidelines) and the actors who play them:
// 주혁 역을, 주혁을 연기한, 최수아로 분했다, 연주(김혜수 분).
import type { Mention } from '../../types.js';
import { NOT_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { nameIn } from './name-shape.js';
import type { Token } from './tokens.js';

const CHARACTER = /^[가-힣]{2,4}$/;

export function findRoles(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const { noun, particle } = t;
    if (!CHARACTER.test(noun) || NOT_NAMES.has(noun) || t.nounTitle !== undefined) continue;
    const end = t.start + noun.length;
    if (text[t.end] === '(') {
      // 연주(김혜수 분): the character, and the actor before 분.
      const actor = tokens[i + 1];
      const bun = tokens[i + 2];
      const name = actor && nameIn(actor.text);
      if (particle === '' && name === actor.text && bun?.joined && bun.text === '분' && text[bun.end] === ')') {
        out.push(personMention(text, t, t, noun, 'character'), personMention(text, actor, actor, name, 'actor', { title: '배우' }));
      }
      continue;
    }
    if (!next.joined) continue;
    const verb = next.text;
    const role =
      (particle === '' && next.noun === '역') ||
      ((particle === '을' || particle === '를') && verb.startsWith('연기')) ||
      ((particle === '로' || particle === '으로') && /^분(?:했|한|해|하)/.test(verb));
    if (role) out.push(personMention(text, t, t, noun, 'character', {}, end));
  }
  return out;
}
