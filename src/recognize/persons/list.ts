// Names in a list: 문근영, 육성재, 온주완, 신은경 등이; 이정재 김옥빈 김석훈 이원종 주연의. Three or more
// words in a row that are all Korean names are taken as names: separated by commas or middle dots when
// most are three syllables, separated by spaces only when all are and look like names (nameScore 3).
import type { Mention } from '../../types.js';
import { onlySpacesBetween } from './gloss.js';
import { personMention } from './mention.js';
import { nameScore } from './name-shape.js';
import { isListGap, type Token } from './tokens.js';
import { LIST_NAME } from './word-flags.js';

export function findLists(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let run: Array<[Token, string]> = [];
  let spaced = false;
  const flush = () => {
    if (run.length === 0) return;
    const threeSyllables = run.filter(([, n]) => n.length >= 3).length;
    const fits = spaced ? run.every(([, n]) => clearName(n)) : threeSyllables * 2 > run.length;
    if (run.length >= 3 && fits) {
      for (const [t, n] of run) out.push(personMention(text, t, t, n, 'name-list', {}, t.start + n.length));
    }
    run = [];
    spaced = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (run.length === 0 && !(t.flags & LIST_NAME)) continue; // nothing to end, nothing to start
    const name = t.namePlace ? undefined : t.name; // 김포, 남원, 전주 … are places
    // spaces or tabs only, at least one, between this word and the run's last (no string cut out)
    const bySpace = run.length > 0 && tokens[i - 1].end < t.start && onlySpacesBetween(text, tokens[i - 1].end, t.start);
    const linked = run.length > 0 && (isListGap(text, tokens[i - 1].end, t.start) ? !spaced : bySpace && (run.length === 1 || spaced) && clearName(name));
    if (!linked) flush();
    else if (bySpace) spaced = true;
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

function clearName(name: string | undefined): boolean {
  return name !== undefined && name.length === 3 && nameScore(name) === 3;
}
