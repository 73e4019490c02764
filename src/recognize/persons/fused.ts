// A title written together with the name: 홍길동씨는, 김씨, 김위원장은, 이연구원은.
import { splitParticle } from '../../korean/particles.js';
import type { Mention } from '../../types.js';
import { NOT_NAMES, SURNAMES, TITLES } from './lexicon.js';
import { personMention } from './mention.js';
import { isKoreanName, surnameOf } from './name-shape.js';
import type { Token } from './tokens.js';

export function findFused(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    const [noun] = splitParticle(t.text);
    if (noun.length < 2 || TITLES.has(noun) || NOT_NAMES.has(noun)) continue;
    const surname = surnameOf(noun);
    if (!surname) continue;
    const end = { ...t, end: t.start + surname.length };
    if (noun.endsWith('씨')) {
      const name = noun.slice(0, -1);
      if (name === surname) out.push(personMention(text, t, end, `${surname} 씨`, 'surname-ssi', { title: '씨', partial: 'surname' }));
      else if (isKoreanName(name)) out.push(personMention(text, t, { ...t, end: t.start + name.length }, name, 'name-ssi', { title: '씨' }));
      continue;
    }
    const title = noun.slice(surname.length);
    if (title.length >= 2 && TITLES.has(title) && SURNAMES.has(surname)) {
      out.push(personMention(text, t, end, `${surname} ${title}`, 'surname-title-fused', { title, partial: 'surname' }));
    }
  }
  return out;
}
