// Mentions from all recognizers → entities: overlaps resolved, partial mentions (홍 위원, 신문) linked
// to the fuller name the document gave earlier.
import type { Entity, EntityType, Mention, Span } from '../types.js';

const TYPE_RANK: Record<EntityType, number> = { PERSON: 3, ORG: 2, PLACE: 1 };

/**
 * Keeps the longest of overlapping mentions; mentions of the same span (북러 → 북한, 러시아) all stay.
 * Mentions are cut into runs that overlap one another, each run resolved alone, so the cost stays linear.
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const byStart = byPosition(mentions);
  const kept: Mention[] = [];
  let runStart = 0;
  let runEnd = -1;
  for (let i = 0; i <= byStart.length; i++) {
    const m = byStart[i];
    if (i === byStart.length || (i > runStart && m.start >= runEnd)) {
      if (i - runStart === 1) kept.push(byStart[runStart]);
      else if (i > runStart) for (const k of resolveRun(byStart.slice(runStart, i))) kept.push(k);
      runStart = i;
      if (i === byStart.length) break;
    }
    runEnd = i === runStart ? m.end : Math.max(runEnd, m.end);
  }
  return kept;
}

/**
 * The mentions sorted by start, then end, ties in input order (a stable sort). Each recognizer gives its
 * mentions in order, so the list is a few sorted runs: they are merged pairwise, not sorted whole.
 */
function byPosition(mentions: Mention[]): Mention[] {
  let runs: Mention[][] = [];
  let from = 0;
  for (let i = 1; i <= mentions.length; i++) {
    if (i === mentions.length || before(mentions[i], mentions[i - 1])) {
      runs.push(mentions.slice(from, i));
      from = i;
    }
  }
  while (runs.length > 1) {
    const merged: Mention[][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) merged.push(merge(runs[i], runs[i + 1]));
    if (runs.length % 2 === 1) merged.push(runs[runs.length - 1]);
    runs = merged;
  }
  return runs[0] ?? [];
}

const before = (a: Span, b: Span): boolean => a.start < b.start || (a.start === b.start && a.end < b.end);

/** Two sorted runs as one, ties taken from `a` (the earlier run) first. */
function merge(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(b[j], a[i]) ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * An abbreviation the article defined for an organization (전국삼성전자노동조합(전삼노)) is that body even
 * where it reads like a name (손우목 전삼노 위원장): it outranks a person of the same span.
 */
const rank = (m: Mention): number => (m.rule === 'defined-alias' ? 4 : TYPE_RANK[m.type]);

/** Longest first, then by type (PERSON over ORG over PLACE); in text order again after. */
function resolveRun(run: Mention[]): Mention[] {
  const sorted = run.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const clash = kept.find((k) => k.start < m.end && m.start < k.end && !(k.start === m.start && k.end === m.end && k.type === m.type));
    if (!clash) kept.push(m);
    else if (m.title !== undefined && clash.title === undefined && m.type === 'PERSON' && clash.type === 'PERSON' && clash.start <= m.start && m.end <= clash.end) {
      // 이시바 시게루 일본 총리: the title a part of the name was read with is the whole name's.
      clash.title = m.title;
      if (m.affiliation && !clash.text.includes(m.affiliation)) clash.affiliation ??= m.affiliation; // not a part of the name
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Group {
  entity: Entity;
  /** Every title seen with the entity's mentions, to link 김 위원장 to the 김 who is 위원장 (made on first title). */
  titles: Set<string> | null;
  /** The first of them, the entity's title when no full mention gives one. */
  firstTitle: string | undefined;
  /** Starts of its full (not partial) mentions, in text order. */
  fullStarts: number[];
  /** Whether a full mention shows the person as the article's reporter (a byline, 김경필 기자). */
  reporter: boolean;
}

/**
 * Titles of the people who write or present the news. A reporter is never the subject of the story
 * under another title, so 김 후보 never links to the byline's 김경필 기자, nor 이 기자 to 이재명 대통령.
 */
const REPORTER_TITLES = new Set(['기자', '특파원', '앵커', '논설위원', '편집위원', '사진기자', '객원기자', '선임기자', '전문기자']);

/**
 * 캘리포니아 and 캘리포니아주, 광둥 and 광둥성 in one article are one place, named with its unit (the form
 * the article gives in full): short name → full name, or null when there are none (most articles).
 */
function placesWithUnit(mentions: Mention[]): Map<string, string> | null {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'PLACE' || m.name.length < 3) continue;
    const last = m.name.charCodeAt(m.name.length - 1);
    if (last === JU || last === SEONG) (names ??= new Set()).add(m.name);
  }
  if (names === null) return null;
  const out = new Map<string, string>();
  for (const m of mentions) if (m.type === 'PLACE' && (names.has(m.name + '주') || names.has(m.name + '성'))) out.set(m.name, names.has(m.name + '주') ? m.name + '주' : m.name + '성');
  return out;
}
const JU = 0xc8fc; // 주
const SEONG = 0xc131; // 성

/** Groups mentions into entities, in order of first mention. */
export function link(mentions: Mention[]): Entity[] {
  const groups: Group[] = [];
  // One map per type, picked by a comparison: a keyed read of a record by the type is slower.
  const persons = new Map<string, Group>();
  const orgs = new Map<string, Group>();
  const places = new Map<string, Group>();
  // Each field of a mention is read once.
  const add = (m: Mention, name: string, partial: boolean) => {
    const type = m.type;
    const byName = type === 'PERSON' ? persons : type === 'ORG' ? orgs : places;
    let g = byName.get(name);
    if (!g) {
      g = { entity: { id: '', type, name, title: null, affiliation: null, mentions: [] }, titles: null, firstTitle: undefined, fullStarts: [], reporter: false };
      byName.set(name, g);
      groups.push(g);
    }
    const e = g.entity;
    const start = m.start;
    const title = m.title;
    // A span seen twice is dropped after sorting (inTextOrder): no key string per mention.
    e.mentions.push({ start, end: m.end, text: m.text } satisfies Span);
    if (title) {
      g.firstTitle ??= title;
      (g.titles ??= new Set()).add(title);
    }
    if (!partial) {
      g.fullStarts.push(start);
      g.reporter ||= m.rule === 'byline' || (title !== undefined && REPORTER_TITLES.has(title));
      e.title ??= title ?? null;
      e.affiliation ??= m.affiliation ?? null;
    }
  };
  const shorts: Mention[] = [];
  const surnames: Mention[] = [];
  const resolved = resolveOverlaps(mentions);
  const withUnit = placesWithUnit(resolved);
  for (const m of resolved) {
    const partial = m.partial;
    if (!partial) add(m, (m.type === 'PLACE' && withUnit?.get(m.name)) || m.name, false);
    else (partial === 'short' ? shorts : surnames).push(m);
  }
  if (shorts.length > 0 || surnames.length > 0) {
    // Only groups of full mentions can be linked to (findFull skips the others), so they are indexed now.
    const index = partialIndex(groups, typesOf(shorts, surnames));
    for (const m of shorts) {
      const full = findFull(index[m.type].w.get(m.name) ?? [], m);
      // An unlinked short ORG (신문 with no 노동신문) names nothing; a person's family name alone (트럼프) does.
      if (full) add(m, full.entity.name, true);
      else if (m.type === 'PERSON') add(m, m.name, true);
    }
    for (const m of surnames) {
      // 황 CEO after 젠슨 황: a one-syllable family name of a foreign name written last, when no Korean name has that surname.
      const full = findFull(index[m.type].s.get(m.text) ?? [], m) ?? findFull(index[m.type].w.get(m.text) ?? [], m);
      // Unlinked, the entity is named as the article names it, title included: 안 의원.
      add(m, full?.entity.name ?? m.name, true);
    }
  }
  const entities = joinFamilyNames(groups).map((g) => g.entity);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const g of groups) {
    g.entity.mentions = inTextOrder(g.entity.mentions);
    g.entity.title ??= g.firstTitle ?? null;
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/**
 * A one-word name that is a word of exactly one person's name of several words is that person: Japanese
 * and Chinese names put the family name first, and a headline gives it alone (이시바 → 이시바 시게루);
 * a long name is known by one of its words (룰라 → 루이스 이나시우 룰라 다시우바).
 */
function joinFamilyNames(groups: Group[]): Group[] {
  const opening = new Map<string, Group | null>(); // null: a word of two names, so says neither
  for (const g of groups) {
    const { type, name } = g.entity;
    if (type !== 'PERSON' || !name.includes(' ')) continue;
    for (const word of new Set(name.split(' '))) opening.set(word, opening.has(word) ? null : g);
  }
  if (opening.size === 0) return groups;
  return groups.filter((g) => {
    const full = g.entity.type === 'PERSON' ? opening.get(g.entity.name) : undefined;
    if (!full) return true;
    for (const m of g.entity.mentions) full.entity.mentions.push(m);
    full.firstTitle ??= g.firstTitle;
    full.entity.title ??= g.entity.title;
    full.entity.affiliation ??= g.entity.affiliation;
    return false;
  });
}

/** Mentions sorted by start, a span added twice kept once (the first added). */
function inTextOrder(mentions: Span[]): Span[] {
  // Full mentions come in text order; only partial ones added after them need a sort.
  if (!mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start)) mentions.sort((a, b) => a.start - b.start);
  let n = 0;
  for (const m of mentions) {
    let seen = false;
    for (let k = n - 1; k >= 0 && mentions[k].start === m.start && !seen; k--) seen = mentions[k].end === m.end;
    if (!seen) mentions[n++] = m;
  }
  mentions.length = n;
  return mentions;
}

type PartialIndex = Record<EntityType, { s: Map<string, Group[]>; w: Map<string, Group[]> }>;

/**
 * Groups by what a partial mention can give of their name: a Korean person's surname(s) (`s`: 김 for
 * 김정은, 남궁 for 남궁민수), a foreign person's last word (`w`: 푸틴), every proper suffix of an
 * organization's or place's name (`w`: 신문 for 노동신문). Lists keep the order the groups were made in.
 * Only groups of `types` are indexed.
 */
function partialIndex(groups: readonly Group[], types: ReadonlySet<EntityType>): PartialIndex {
  const index: PartialIndex = {
    PERSON: { s: new Map(), w: new Map() },
    ORG: { s: new Map(), w: new Map() },
    PLACE: { s: new Map(), w: new Map() },
  };
  const put = (map: Map<string, Group[]>, key: string, g: Group) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of groups) {
    const { type, name } = g.entity;
    if (!types.has(type)) continue; // no partial mention looks for it (most documents have no short place)
    const { s, w } = index[type];
    if (type === 'PERSON') {
      const space = name.lastIndexOf(' ');
      if (space >= 0) put(w, name.slice(space + 1), g);
      else for (let n = 1; n <= 2 && n < name.length; n++) put(s, name.slice(0, n), g);
    } else for (let n = 1; n < name.length && n <= 12; n++) put(w, name.slice(-n), g);
  }
  return index;
}

/** The types of the partial mentions. */
function typesOf(shorts: Mention[], surnames: Mention[]): Set<EntityType> {
  const types = new Set<EntityType>();
  for (const m of shorts) types.add(m.type);
  for (const m of surnames) types.add(m.type);
  return types;
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
    const score = (m.title && g.titles?.has(m.title) ? 1e12 : 0) + at;
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
