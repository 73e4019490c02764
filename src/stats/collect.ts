// Corpus statistics over many results, gathered one document at a time (tens of thousands stream
// through without being kept): counts, the share of quotes with a speaker, the most quoted speakers,
// the most mentioned persons, places and organizations, and date ranges; optionally per group.
import type { DocError, DocResult, EntityType } from '../types.js';

export interface Count {
  name: string;
  /** Quotes (for speakers) or mentions (for entities). */
  count: number;
  documents: number;
}

export interface SpeakerCount extends Count {
  /** The title and affiliation seen most often with this speaker. */
  title: string | null;
  affiliation: string | null;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface Stats {
  documents: number;
  errors: number;
  sentences: number;
  /** Direct quotes (the ones scorers count); indirect ones separately. */
  quotes: number;
  quotesWithSpeaker: number;
  /** quotesWithSpeaker / quotes, or null when there are no quotes. */
  speakerShare: number | null;
  indirectQuotes: number;
  speakers: SpeakerCount[];
  persons: Count[];
  places: Count[];
  organizations: Count[];
  /** Range of the documents' reference (publication) dates. */
  published: DateRange | null;
  /** Range of the calendar dates the texts mention (values such as 2025, 2025-06, 2025-06-04). */
  mentioned: DateRange | null;
}

export interface StatsReport {
  total: Stats;
  /** The field documents were grouped by, and the groups sorted by value (documents without one last). */
  by?: string;
  groups?: Array<{ key: string; stats: Stats }>;
}

export const NO_VALUE = '(없음)';

export function collectStats(results: Iterable<DocResult | DocError>, by?: string, top = 10): StatsReport {
  const collector = new StatsCollector(by, top);
  for (const r of results) collector.add(r);
  return collector.report();
}

/** Streaming form of collectStats: add results as they come, read the report at the end. */
export class StatsCollector {
  private readonly total = new Tally();
  private readonly groups = new Map<string, Tally>();

  constructor(private readonly by?: string, private readonly top = 10) {}

  add(result: DocResult | DocError): void {
    this.total.add(result);
    if (this.by === undefined) return;
    const key = groupKey(result, this.by);
    let tally = this.groups.get(key);
    if (!tally) this.groups.set(key, (tally = new Tally()));
    tally.add(result);
  }

  report(): StatsReport {
    const report: StatsReport = { total: this.total.stats(this.top) };
    if (this.by !== undefined) {
      report.by = this.by;
      report.groups = [...this.groups]
        .sort(([a], [b]) => (a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a < b ? -1 : a > b ? 1 : 0))
        .map(([key, t]) => ({ key, stats: t.stats(this.top) }));
    }
    return report;
  }
}

/** The value of a record's field: its meta field, `date` meaning the reference date; `(없음)` when absent. */
export function groupKey(result: DocResult | DocError, field: string): string {
  const meta = 'meta' in result ? result.meta : undefined;
  const value = meta && Object.hasOwn(meta, field) ? meta[field] : field === 'date' && 'refDate' in result ? result.refDate : undefined;
  if (value === undefined || value === null || value === '') return NO_VALUE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface NameTally {
  count: number;
  documents: number;
  lastDoc: number;
  titles?: Map<string, number>;
  affiliations?: Map<string, number>;
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

class Tally {
  private docs = 0;
  private errors = 0;
  private sentences = 0;
  private quotes = 0;
  private withSpeaker = 0;
  private indirect = 0;
  private readonly speakers = new Map<string, NameTally>();
  private readonly entities: Record<EntityType, Map<string, NameTally>> = { PERSON: new Map(), PLACE: new Map(), ORG: new Map() };
  private published: DateRange | null = null;
  private mentioned: DateRange | null = null;

  add(result: DocResult | DocError): void {
    if ('error' in result) {
      this.errors++;
      return;
    }
    const doc = ++this.docs;
    this.sentences += result.sentences.length;
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    for (const q of result.quotes) {
      if (q.kind !== 'direct') {
        this.indirect++;
        continue;
      }
      this.quotes++;
      if (!q.speaker) continue;
      this.withSpeaker++;
      const t = bump(this.speakers, q.speaker.name, doc, 1);
      const e = q.speaker.entity !== null ? byId.get(q.speaker.entity) : undefined;
      if (e?.title) tick((t.titles ??= new Map()), e.title);
      if (e?.affiliation) tick((t.affiliations ??= new Map()), e.affiliation);
    }
    for (const e of result.entities) {
      const counts = this.entities[e.type];
      if (counts) bump(counts, e.name, doc, e.mentions.length);
    }
    if (result.refDate && CALENDAR.test(result.refDate)) this.published = widen(this.published, result.refDate);
    for (const d of result.dates) if (d.value && CALENDAR.test(d.value)) this.mentioned = widen(this.mentioned, d.value);
  }

  stats(top: number): Stats {
    return {
      documents: this.docs,
      errors: this.errors,
      sentences: this.sentences,
      quotes: this.quotes,
      quotesWithSpeaker: this.withSpeaker,
      speakerShare: this.quotes ? this.withSpeaker / this.quotes : null,
      indirectQuotes: this.indirect,
      speakers: ranked(this.speakers, top).map(([name, t]) => ({ ...count(name, t), title: mostSeen(t.titles), affiliation: mostSeen(t.affiliations) })),
      persons: ranked(this.entities.PERSON, top).map(([name, t]) => count(name, t)),
      places: ranked(this.entities.PLACE, top).map(([name, t]) => count(name, t)),
      organizations: ranked(this.entities.ORG, top).map(([name, t]) => count(name, t)),
      published: this.published,
      mentioned: this.mentioned,
    };
  }
}

function bump(map: Map<string, NameTally>, name: string, doc: number, n: number): NameTally {
  let t = map.get(name);
  if (!t) map.set(name, (t = { count: 0, documents: 0, lastDoc: 0 }));
  t.count += n;
  if (t.lastDoc !== doc) {
    t.documents++;
    t.lastDoc = doc;
  }
  return t;
}

function tick(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const count = (name: string, t: NameTally): Count => ({ name, count: t.count, documents: t.documents });

/** The most counted first; ties by more documents, then by name, so output is stable. */
function ranked(map: Map<string, NameTally>, top: number): Array<[string, NameTally]> {
  return [...map]
    .sort(([an, a], [bn, b]) => b.count - a.count || b.documents - a.documents || (an < bn ? -1 : an > bn ? 1 : 0))
    .slice(0, top);
}

function mostSeen(map: Map<string, number> | undefined): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of map ?? []) if (n > bestN) [best, bestN] = [k, n];
  return best;
}

/** A range widened to hold a date value; a year or month counts from its first day to its last. */
function widen(range: DateRange | null, value: string): DateRange {
  if (!range) return { from: value, to: value };
  return {
    from: firstDay(value) < firstDay(range.from) ? value : range.from,
    to: lastDay(value) > lastDay(range.to) ? value : range.to,
  };
}

// Comparison keys only: 2025-06 ends on "2025-06-31", which sorts after every real day of June.
const firstDay = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
const lastDay = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
