// A full name written in Chinese characters before its title, as older papers write it: 朴槿惠 대통령이,
// 金鍾泌 총재는, 崔圭夏 전 대통령. Three characters, the first a surname's (surname-hanja.txt), and no
// longer run of characters (a phrase). A surname alone (金총재, 文대통령) is left out: the link step finds a
// surname's full name by its Hangul, so it would stand as a person of its own.
import type { Mention } from '../../types.js';
import { makeMention } from '../mention.js';
import { SURNAME_HANJA } from './hanja-name.js';
import { TITLE_MODIFIERS } from './mention.js';
import type { Token } from './tokens.js';

const SURNAME_CHARACTERS: ReadonlySet<string> = new Set([...SURNAME_HANJA.values()].flatMap((hanja) => [...hanja]));

const isHanja = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** `at`: the indices of the words flagged TITLE_HEAD. */
export function findHanjaTitled(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const title = tokens[i].title;
    if (title === undefined) continue;
    const before = tokens[i - 1];
    // 崔圭夏 전 대통령: past a modifier of the title.
    let end = before !== undefined && tokens[i].joined && TITLE_MODIFIERS.has(before.text) ? before.start : tokens[i].start;
    if (text.charCodeAt(end - 1) === 0x20) end--;
    let start = end;
    while (start > 0 && end - start < 4 && isHanja(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isHanja(text.charCodeAt(start - 1))) continue; // a longer run of characters: a phrase
    const name = text.slice(start, end);
    if (name.length !== 3 || !SURNAME_CHARACTERS.has(name[0])) continue;
    out.push(makeMention('PERSON', start, end, name, name, 'hanja-title', title));
  }
  return out;
}
