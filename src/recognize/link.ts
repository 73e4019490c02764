// Mentions from all recognizers → entities: overlaps resolved, partial mentions (홍 위원, 신문) linked
// to the fuller name the document gave earlier.
import type { Entity, EntityType, Mention, Span } from '../types.js';

const TYPE_RANK: Record<EntityType, number> = { PERSON: 3, ORG: 2, PLACE: 1 };

/** Keeps the longest of overlapping mentions; mentions of the same span (북러 → 북한, 러시아) all stay. */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
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
}

/** Groups mentions into entities, in order of first mention. */
export function link(mentions: Mention[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (m: Mention, name: string) => {
    const key = `${m.type}:${name}`;
    let g = byKey.get(key);
    if (!g) {
      g = { entity: { id: '', type: m.type, name, title: null, affiliation: null, mentions: [] }, titles: new Set() };
      byKey.set(key, g);
      groups.push(g);
    }
    const e = g.entity;
    const span: Span = { start: m.start, end: m.end, text: m.text };
    if (!e.mentions.some((x) => x.start === span.start && x.end === span.end)) e.mentions.push(span);
    if (m.title) g.titles.add(m.title);
    if (!m.partial) {
      e.title ??= m.title ?? null;
      e.affiliation ??= m.affiliation ?? null;
    }
  };
  const resolved = resolveOverlaps(mentions);
  for (const m of resolved) if (!m.partial) add(m, m.name);
  for (const m of resolved) {
    if (m.partial !== 'short') continue;
    const full = findFull(groups, m);
    // An unlinked short ORG (신문 with no 노동신문) names nothing; a person's family name alone (트럼프) does.
    if (full) add(m, full.entity.name);
    else if (m.type === 'PERSON') add(m, m.name);
  }
  for (const m of resolved) {
    if (m.partial !== 'surname') continue;
    // Unlinked, the entity is named as the article names it, title included: 안 의원.
    add(m, findFull(groups, m)?.entity.name ?? m.name);
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

/** Whether `name` is the fuller form of partial mention `m`. */
function fits(name: string, m: Mention): boolean {
  if (name === m.name) return false;
  if (m.partial === 'surname') return !name.includes(' ') && name.length > m.text.length && name.startsWith(m.text);
  if (m.type === 'PERSON') return name.endsWith(` ${m.name}`); // 푸틴 → 블라디미르 푸틴
  return name.endsWith(m.name);
}

/**
 * The entity a partial mention refers to: among those whose name fits, one seen with the same title
 * first, then the one mentioned most recently before it, else the nearest one after it.
 */
function findFull(groups: Group[], m: Mention): Group | undefined {
  let best: Group | undefined;
  let bestScore = -Infinity;
  for (const g of groups) {
    const e = g.entity;
    if (e.type !== m.type || !fits(e.name, m)) continue;
    const before = e.mentions.filter((x) => x.start < m.start).at(-1)?.start;
    const at = before !== undefined ? before : -1 - e.mentions[0].start;
    const score = (m.title && g.titles.has(m.title) ? 1e12 : 0) + at;
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}
