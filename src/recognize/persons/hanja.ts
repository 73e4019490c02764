// A found name glossed in Chinese characters: 시진핑(習近平), 김덕수(金德洙), 시게미쓰 하쓰코(重光初子·88).
// The characters name the same person: a short mention under the name before them, so that they join
// its entity rather than make a new one.
import type { Mention } from '../../types.js';

const OPEN = 0x28;
/** Two to four Chinese characters after the bracket, ended by the bracket or a note's separator. */
const GLOSS = /[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?=[)·,.\- ])/y;

export function findHanjaGlosses(text: string, persons: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of persons) {
    if (m.partial === 'surname' || text.charCodeAt(m.end) !== OPEN) continue;
    GLOSS.lastIndex = m.end + 1;
    const g = GLOSS.exec(text);
    if (g === null) continue;
    const start = m.end + 1;
    out.push({ start, end: start + g[0].length, text: g[0], type: 'PERSON', name: m.name, rule: 'hanja-gloss', partial: 'short' });
  }
  return out;
}
