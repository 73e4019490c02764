// Organizations: known names (data/names.txt), names by their ending (연구원, 지검, 당), capital-letter
// abbreviations, outlets in bylines, and short forms (신문 → 노동신문) of names the article gave.
// One pass over the words of the document; lexicons are built at module load.
import type { Mention, Segmented } from '../../types.js';
import { bylineOutlets } from './byline.js';
import { isHanja } from './lexicon.js';
import { matchWord } from './word.js';

const WORD = /[\u4e00-\u9fff]+|[0-9A-Za-z가-힣&]+/g;

interface Found extends Mention {
  full: string;
}

export function findOrganizations(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const found: Found[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < skip.length && skip[s].end <= start) s++;
    if (s < skip.length && skip[s].start < end) continue;
    const w = matchWord(m[0]);
    if (!w) continue;
    const mention: Found = { type: 'ORG', start, end: start + w.length, text: w.name, name: w.name, full: w.full, rule: w.rule };
    if (w.short) mention.partial = 'short';
    found.push(mention);
  }
  for (const b of bylineOutlets(text)) {
    if (!inSkip(skip, b.start, b.end) && !found.some((f) => f.start === b.start)) found.push({ ...b, full: b.name });
  }
  found.sort((a, b) => a.start - b.start);
  return resolveNames(found);
}

/**
 * Names in document order: a short form is kept only after a name it can stand for (신문 after 노동신문);
 * an alias takes its full name when the article gives that name too (금통위 → 금융통화위원회), a Hanja
 * shorthand always (靑 → 청와대).
 */
function resolveNames(found: Found[]): Mention[] {
  const given = new Set(found.filter((f) => !f.partial).map((f) => f.name));
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const { full, ...m } of found) {
    if (m.partial) {
      if ([...seen].some((n) => n !== m.name && n.endsWith(m.name))) out.push(m);
      continue;
    }
    if (full !== m.name && (isHanja(m.name) || given.has(full))) m.name = full;
    seen.add(m.name);
    out.push(m);
  }
  return out;
}

function inSkip(skip: Segmented['skip'], start: number, end: number): boolean {
  return skip.some((r) => r.start < end && start < r.end);
}
