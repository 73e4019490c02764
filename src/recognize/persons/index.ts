// Persons: mentions found from the contexts that mark a name in Korean news (a title after or before
// it, 씨, a byline's 기자), then later bare mentions of the names so found. One pass over the words for
// the context rules, one for the repeats; all lookups are built at module load.
import type { Mention, Segmented } from '../../types.js';
import { findApposition } from './apposition.js';
import { findFused } from './fused.js';
import { surnameOf } from './name-shape.js';
import { findRepeats } from './repeat.js';
import { findTitled } from './titled.js';
import { type Token, tokenize } from './tokens.js';

export { isTitle, TITLES } from './lexicon.js';

/**
 * Surnames that are also everyday words before a title (전 대통령 'former president', 한 관계자 'one
 * official', 고 김대중 'the late'): as a bare surname they count only when the document names someone
 * with that surname in full.
 */
const SURNAMES_THAT_ARE_WORDS = new Set(['전', '현', '고', '한', '양', '공', '주', '부', '모', '각', '총']);

export function findPersons(seg: Segmented): Mention[] {
  const tokens = tokenize(seg);
  const found = [...findTitled(seg.text, tokens), ...findApposition(seg.text, tokens), ...findFused(seg.text, tokens)];
  const known = new Map<string, Mention>();
  const surnames = new Set<string>();
  for (const m of found) {
    if (m.partial === 'surname') continue;
    if (!known.has(m.name)) known.set(m.name, m);
    if (m.partial === undefined && !m.name.includes(' ')) surnames.add(surnameOf(m.name) ?? '');
  }
  const kept = found.filter((m) => m.partial !== 'surname' || !SURNAMES_THAT_ARE_WORDS.has(m.text) || surnames.has(m.text));
  const covered = coveredWords(tokens, kept);
  const all = [...kept, ...findRepeats(seg.text, tokens, known, covered)];
  return dedupe(all).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Starts of the words inside a mention already found. */
function coveredWords(tokens: Token[], mentions: Mention[]): Set<number> {
  const spans = [...mentions].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let k = 0;
  for (const t of tokens) {
    while (k < spans.length && spans[k].end <= t.start) k++;
    for (let n = k; n < spans.length && spans[n].start < t.end; n++) if (spans[n].end > t.start) out.add(t.start);
  }
  return out;
}

/** One mention per span: the first rule that found it wins. */
function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
