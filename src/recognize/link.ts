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

/** Groups mentions into entities, in order of first mention. */
export function link(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (m: Mention, name: string) => {
    const key = `${m.type}:${name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: '', type: m.type, name, title: null, affiliation: null, mentions: [] };
      byKey.set(key, e);
      entities.push(e);
    }
    const span: Span = { start: m.start, end: m.end, text: m.text };
    if (!e.mentions.some((x) => x.start === span.start && x.end === span.end)) e.mentions.push(span);
    e.title ??= m.title ?? null;
    e.affiliation ??= m.affiliation ?? null;
  };
  const resolved = resolveOverlaps(mentions);
  for (const m of resolved) if (!m.partial) add(m, m.name);
  for (const m of resolved) {
    if (!m.partial) continue;
    const full = findFull(entities, m);
    if (full) add(m, full.name);
    else if (m.partial === 'surname') add(m, m.text); // the article never gives the full name: 안 의원
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** The entity a partial mention refers to: the one mentioned most recently before it whose name fits. */
function findFull(entities: Entity[], m: Mention): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    if (e.type !== m.type) continue;
    const fits = m.partial === 'surname' ? e.name.startsWith(m.name) && e.name.length > m.name.length : e.name !== m.name && e.name.endsWith(m.name);
    if (!fits) continue;
    const before = e.mentions.filter((x) => x.start < m.start).at(-1)?.start ?? -1;
    const at = before >= 0 ? before : -2 - e.mentions[0].start; // prefer earlier mentions, else the nearest later one
    if (best === undefined || at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  return best;
}
