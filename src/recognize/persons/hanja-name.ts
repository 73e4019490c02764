// Korean names glossed in Chinese characters, with no title: 김덕수(金德洙)·이정민(李廷敏) 선생으로부터,
// 박하은(朴夏恩)은. The gloss has a character for each syllable and starts with the surname's character
// (surname-hanja.txt), which a place or a company glossed the same way (원저우(溫州)) does not.
import type { Mention } from '../../types.js';
import { readRows } from '../../data-files.js';
import { hanjaGlossAfter } from './hanja.js';
import { personMention } from './mention.js';
import { surnameOf } from './name-shape.js';
import type { Token } from './tokens.js';

export const SURNAME_HANJA: ReadonlyMap<string, string> = new Map(readRows('recognize/persons/surname-hanja.txt').map(([hangul, hanja]) => [hangul, hanja]));

/** `at`: the indices of the words flagged KOREAN (a name's shape). */
export function findHanjaNamed(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    const name = t.text;
    if (t.particle !== '') continue;
    const gloss = hanjaGlossAfter(text, t.end);
    const surname = surnameOf(name);
    if (gloss === undefined || gloss.length !== name.length || surname === undefined) continue;
    if (SURNAME_HANJA.get(surname)?.includes(gloss.slice(0, surname.length)) !== true) continue;
    out.push(personMention(text, t, t, name, 'hanja-name', {}));
  }
  return out;
}
