// A found name glossed in Chinese characters: 시진핑(習近平), 김덕수(金德洙), 시게미쓰 하쓰코(重光初子·88).
// The characters name the same person: a short mention under the name before them, so that they join
// its entity rather than make a new one.
import type { Mention } from '../../types.js';
import { makeMention } from '../mention.js';

const OPEN = 0x28;
/** Two to four Chinese characters after the bracket, ended by the bracket or a note's separator. */
const GLOSS = /[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?=[)·,.\- ])/y;

export function findHanjaGlosses(text: string, persons: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of persons) {
    if (m.partial === 'surname') continue;
    const gloss = hanjaGlossAfter(text, m.end);
    if (gloss === undefined) continue;
    const start = m.end + 1;
    out.push(makeMention('PERSON', start, start + gloss.length, gloss, m.name, 'hanja-gloss', undefined, undefined, 'short'));
  }
  return out;
}

/** The Chinese characters in brackets right after `end` (시진핑(習近平) → 習近平), or undefined. */
export function hanjaGlossAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== OPEN) return undefined;
  GLOSS.lastIndex = end + 1;
  return GLOSS.exec(text)?.[0];
}
