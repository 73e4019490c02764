// Mentions from all recognizers → entities: overlaps resolved, partial mentions (홍 위원, 신문) linked
// to the fuller name the document gave earlier.
import type { Entity, EntityType, Mention, Span } from '../types.js';

const TYPE_RANK: Record<EntityType, number> = { PERSON: 3, ORG: 2, PLACE: 1 };

/**
 * Keeps the longest of overlapping mentions; mentions of the same span (북러 → 북한, 러시아) all stay.
 * Mentions are cut into runs that overlap one another, each run resolved alone, so the cost stays linear.
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const byStart = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Mention[] = [];
  let run: Mention[] = [];
  let runEnd = -1;
  for (const m of byStart) {
    if (run.length > 0 && m.start >= runEnd) {
      kept.push(...resolveRun(run));
      run = [];
    }
    runEnd = run.length === 0 ? m.end : Math.max(runEnd, m.end);
    run.push(m);
  }
  kept.push(...resolveRun(run));
  return kept;
}

/** Longest first, then by type (PERSON over ORG over PLACE); in text order again after. */
function resolveRun(run: Mention[]): Mention[] {
  if (run.length < 2) return run;
  const sorted = [...run].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || TYPE_RANK[b.type] - TYPE_RANK[a.type] || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    const clash = kept.some((k) => k.start < m.end && m.start < k.end && !(k.start === m.start && k.end === m.end && k.type === m.type));
    if (!clash) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Group {
  entity: Entity;
  /** Every title seen with the entity's mentions, to link 김 위원장 to the 김 who is 위원장. */
  titles: Set<string>;
  /** Starts of its full (not partial) mentions, in text order. */
  fullStarts: number[];
  /** `start:end` of its mentions, so that a span is added once. */
  spans: Set<string>;
  /** Whether a full mention shows the person as the article's reporter (a byline, 김경필 기자). */
  reporter: boolean;
}

/**
 * Titles of the people who write or present the news. A reporter is never the subject of the story
 * under another title, so 김 후보 never links to the byline's 김경필 기자, nor 이 기자 to 이재명 대통령.
 */
const REPORTER_TITLES = new Set(['기자', '특파원', '앵커', '논설위원', '편집위원', '사진기자', '객원기자', '선임기자', '전문기자']);

const isReporter = (m: Mention) => m.rule === 'byline' || (m.title !== undefined && REPORTER_TITLES.has(m.title));

/** Groups mentions into entities, in order of first mention. */
export function link(mentions: Mention[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byPartial = new Map<string, Group[]>(); // 'PERSON:s:김' and 'PERSON:w:푸틴' → groups whose name fits
  const add = (m: Mention, name: string) => {
    const key = `${m.type}:${name}`;
    let g = byKey.get(key);
    if (!g) {
      g = { entity: { id: '', type: m.type, name, title: null, affiliation: null, mentions: [] }, titles: new Set(), fullStarts: [], spans: new Set(), reporter: false };
      byKey.set(key, g);
      groups.push(g);
      for (const k of partialKeys(m.type, name)) (byPartial.get(k) ?? byPartial.set(k, []).get(k)!).push(g);
    }
    const e = g.entity;
    const spanKey = `${m.start}:${m.end}`;
    if (!g.spans.has(spanKey)) {
      g.spans.add(spanKey);
      e.mentions.push({ start: m.start, end: m.end, text: m.text } satisfies Span);
    }
    if (m.title) g.titles.add(m.title);
    if (!m.partial) {
      g.fullStarts.push(m.start);
      g.reporter ||= isReporter(m);
      e.title ??= m.title ?? null;
      e.affiliation ??= m.affiliation ?? null;
    }
  };
  const resolved = resolveOverlaps(mentions);
  for (const m of resolved) if (!m.partial) add(m, m.name);
  for (const m of resolved) {
    if (m.partial !== 'short') continue;
    const full = findFull(byPartial.get(partialKey(m)) ?? [], m);
    // An unlinked short ORG (신문 with no 노동신문) names nothing; a person's family name alone (트럼프) does.
    if (full) add(m, full.entity.name);
    else if (m.type === 'PERSON') add(m, m.name);
  }
  for (const m of resolved) {
    if (m.partial !== 'surname') continue;
    // Unlinked, the entity is named as the article names it, title included: 안 의원.
    add(m, findFull(byPartial.get(partialKey(m)) ?? [], m)?.entity.name ?? m.name);
  }
  const entities = groups.map((g) => g.entity);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const g of groups) {
    g.entity.mentions.sort((a, b) => a.start - b.start);
    g.entity.title ??= g.titles.values().next().value ?? null;
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/**
 * Keys under which a name can be found from a partial mention: its surname(s) for a Korean name
 * (김 for 김정은, 남궁 for 남궁민수), its last word for a foreign one (푸틴), every proper suffix for an
 * organization (신문 for 노동신문).
 */
function partialKeys(type: EntityType, name: string): string[] {
  if (type === 'PERSON') {
    if (name.includes(' ')) return [`${type}:w:${name.slice(name.lastIndexOf(' ') + 1)}`];
    return [1, 2].filter((n) => name.length > n).map((n) => `${type}:s:${name.slice(0, n)}`);
  }
  const keys: string[] = [];
  for (let n = 1; n < name.length && n <= 12; n++) keys.push(`${type}:w:${name.slice(-n)}`);
  return keys;
}

function partialKey(m: Mention): string {
  return m.partial === 'surname' ? `${m.type}:s:${m.text}` : `${m.type}:w:${m.name}`;
}

/**
 * The entity a partial mention refers to: among those whose name fits, one seen with the same title
 * first, then the one mentioned in full most recently before it, else the nearest one after it. A
 * titled partial mention skips a name whose reporter role its title contradicts.
 */
function findFull(candidates: Group[], m: Mention): Group | undefined {
  let best: Group | undefined;
  let bestScore = -Infinity;
  for (const g of candidates) {
    if (g.entity.name === m.name || g.fullStarts.length === 0) continue;
    if (m.title !== undefined && g.reporter !== REPORTER_TITLES.has(m.title)) continue;
    const before = lastBefore(g.fullStarts, m.start);
    const at = before !== undefined ? before : -1 - g.fullStarts[0];
    const score = (m.title && g.titles.has(m.title) ? 1e12 : 0) + at;
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/** The largest of the sorted `starts` below `at` (binary search). */
function lastBefore(starts: number[], at: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : undefined;
}
