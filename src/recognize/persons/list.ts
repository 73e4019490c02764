// Names in a list: 문근영, 육성재, 온주완, 신은경 등이. Three or more words in a row, separated by commas or
// middle dots, that are all Korean names (most of them three syllables) are taken as names.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { nameIn } from './name-shape.js';
import type { Token } from './tokens.js';

const SEPARATOR = /^[ \t]*[,·ㆍ][ \t]*$/;

export function findLists(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let run: Array<[Token, string]> = [];
  const flush = () => {
    const threeSyllables = run.filter(([, n]) => n.length >= 3).length;
    if (run.length >= 3 && threeSyllables * 2 > run.length) {
      for (const [t, n] of run) out.push(personMention(text, t, t, n, 'name-list', {}, t.start + n.length));
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const name = nameIn(t.text);
    const linked = run.length > 0 && SEPARATOR.test(text.slice(tokens[i - 1].end, t.start));
    if (!linked) flush();
    if (name === undefined) {
      flush();
      continue;
    }
    // Only the last name of a list may carry a particle (신은경 등이, 김옥빈과).
    run.push([t, name]);
    if (name !== t.text) flush();
  }
  flush();
  return out;
}
