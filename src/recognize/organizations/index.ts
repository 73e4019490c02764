// Organizations: known names (data/names.txt), names by their ending (연구원, 지검, 당), capital-letter
// abbreviations, outlets in bylines, abbreviations the article defines, and short forms (신문 → 노동신문)
// of names the article gave. One pass over the words of the document; lexicons are built at module load.
import { splitParticle } from '../../korean/particles.js';
import type { Mention, Segmented } from '../../types.js';
import { definedAliases } from './aliases.js';
import { bylineOutlets } from './byline.js';
import { isHanja } from './lexicon.js';
import { matchWord } from './word.js';

const WORD = /[\u4e00-\u9fff]+|[0-9A-Za-z가-힣&]+/g;
// A body's part written after it with a space is one name: 국회 국토교통위원회, 청와대 민정비서관실,
// 경남대 극동문제연구소, 유엔 안보리.
const PART_OF_BODY = /(?:위원회|비서관실|비서실|연구소|안보리|이사회)$/;

interface Found extends Mention {
  /** The full names an abbreviation may stand for (none for a full name). */
  full: string[];
}

export function findOrganizations(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const aliases = definedAliases(text);
  const found: Found[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < skip.length && skip[s].end <= start) s++;
    if (s < skip.length && skip[s].start < end) continue;
    const [noun] = splitParticle(m[0]);
    const defined = aliases.get(m[0]) ?? aliases.get(noun);
    if (defined) {
      const written = aliases.has(m[0]) ? m[0] : noun;
      found.push({ type: 'ORG', start, end: start + written.length, text: written, name: defined, full: [], rule: 'defined-alias' });
      continue;
    }
    const w = matchWord(m[0]);
    if (!w) continue;
    const mention: Found = { type: 'ORG', start, end: start + w.length, text: w.name, name: w.name, full: w.full, rule: w.rule };
    if (w.short) mention.partial = 'short';
    found.push(mention);
  }
  const starts = new Set(found.map((f) => f.start));
  for (const b of bylineOutlets(text)) {
    if (!starts.has(b.start) && !inSkip(skip, b.start, b.end)) found.push({ ...b, full: [] });
  }
  found.sort((a, b) => a.start - b.start);
  return resolveNames(joinParts(text, found));
}

/** 국회 + 국토교통위원회 → one mention 국회 국토교통위원회. */
function joinParts(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    if (prev && !prev.partial && !f.partial && text.slice(prev.end, f.start) === ' ' && PART_OF_BODY.test(f.name)) {
      const joined = text.slice(prev.start, f.end);
      out[out.length - 1] = { ...prev, end: f.end, text: joined, name: joined, full: [], rule: 'part-of-body' };
    } else out.push(f);
  }
  return out;
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
    const named = isHanja(m.name) ? full[0] : full.find((n) => given.has(n));
    if (named) m.name = named;
    seen.add(m.name);
    out.push(m);
  }
  return out;
}

function inSkip(skip: Segmented['skip'], start: number, end: number): boolean {
  return skip.some((r) => r.start < end && start < r.end);
}
