// The marks of the annotated views (terminal and HTML): which spans of a document's text are quotes,
// speakers, persons, places, organizations and dates, resolved into properly nested spans, and the
// text cut into a stream of pieces (text, open, close, speaker note) both views render.
import type { DateItem, DocResult, EntityType, Span } from '../types.js';

export type MarkKind = 'quote' | 'indirect' | 'speaker' | EntityType | 'date';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Index into doc.entities of the entity this span names, or -1. */
  entity: number;
  /** Index into doc.quotes for quote marks, or -1. */
  quote: number;
  date?: DateItem;
}

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'open'; mark: Mark }
  | { kind: 'close'; mark: Mark }
  /** Who said the quotes (indices into doc.quotes) of the sentence just ended. */
  | { kind: 'note'; quotes: number[] };

// Lower wins a conflict: a quote over the speaker over an entity mention over a date.
const PRIORITY: Record<MarkKind, number> = { quote: 0, indirect: 0, speaker: 1, PERSON: 2, PLACE: 2, ORG: 2, date: 3 };

/** The document's marks, properly nested, sorted by start (outer before inner). */
export function collectMarks(doc: DocResult, text: string): Mark[] {
  const entityIndex = new Map(doc.entities.map((e, i) => [e.id, i]));
  const candidates: Mark[] = [];
  const add = (span: Span, kind: MarkKind, entity = -1, quote = -1, date?: DateItem) => {
    if (fits(span, text)) candidates.push({ start: span.start, end: span.end, kind, entity, quote, ...(date ? { date } : {}) });
  };
  doc.quotes.forEach((q, i) => {
    add(q, q.kind === 'indirect' ? 'indirect' : 'quote', -1, i);
    const who = q.speaker;
    if (who?.mention) add(who.mention, 'speaker', (who.entity !== null ? entityIndex.get(who.entity) : undefined) ?? -1, i);
  });
  doc.entities.forEach((e, i) => e.mentions.forEach((m) => add(m, e.type, i)));
  for (const d of doc.dates) add(d, 'date', -1, -1, d);
  return resolve(candidates);
}

/** A span that lies inside the text and says what the text says there (a result of another text is ignored). */
function fits(span: Span, text: string): boolean {
  const { start, end } = span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length
    && (typeof span.text !== 'string' || text.slice(start, end) === span.text);
}

const byPosition = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind];

/**
 * Keeps a laminar family (any two marks nested or apart): level by level in priority order, a mark that
 * crosses one kept before is dropped, and of two marks on the same span only the first is kept (a quote may
 * still hold a mention of the same span). Each level is one sweep, O(n log n), so a quote spanning a whole
 * long document with thousands of mentions inside stays fast.
 */
function resolve(candidates: Mark[]): Mark[] {
  let kept: Mark[] = [];
  for (const level of [0, 1, 2, 3]) {
    const fresh = candidates.filter((m) => PRIORITY[m.kind] === level).sort(byPosition);
    if (fresh.length) kept = [...kept, ...addLevel(kept, fresh)].sort(byPosition);
  }
  return kept;
}

/** The fresh marks (sorted) that fit the kept ones (sorted, laminar) and each other. */
function addLevel(kept: Mark[], fresh: Mark[]): Mark[] {
  const maxEnd = new RangeMax(kept.map((m) => m.end));
  const added: Mark[] = [];
  // The marks around the current position, innermost last.
  const stack: Mark[] = [];
  const enter = (m: Mark) => {
    while (stack.length && stack[stack.length - 1]!.end <= m.start) stack.pop();
    stack.push(m);
  };
  let i = 0;
  for (const c of fresh) {
    while (i < kept.length && (kept[i]!.start < c.start || (kept[i]!.start === c.start && kept[i]!.end >= c.end))) enter(kept[i++]!);
    while (stack.length && stack[stack.length - 1]!.end <= c.start) stack.pop();
    const around = stack[stack.length - 1];
    if (around && (c.end > around.end || (around.start === c.start && around.end === c.end && isQuote(around.kind) === isQuote(c.kind)))) continue;
    // Kept marks that start inside c must end inside it.
    const inside = firstStartingAt(kept, c.end, i);
    if (inside > i && maxEnd.max(i, inside) > c.end) continue;
    added.push(c);
    enter(c);
  }
  return added;
}

/** Index of the first mark from `from` on that starts at or after `pos` (marks sorted by start). */
function firstStartingAt(marks: Mark[], pos: number, from: number): number {
  let lo = from;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maximum over any index range in O(1) after an O(n log n) build (a sparse table). */
class RangeMax {
  private readonly rows: number[][];

  constructor(values: number[]) {
    this.rows = [values];
    for (let k = 1; 1 << k <= values.length; k++) {
      const prev = this.rows[k - 1]!;
      const half = 1 << (k - 1);
      this.rows.push(Array.from({ length: values.length - (1 << k) + 1 }, (_, j) => Math.max(prev[j]!, prev[j + half]!)));
    }
  }

  /** Maximum of values[lo..hi), hi > lo. */
  max(lo: number, hi: number): number {
    const k = 31 - Math.clz32(hi - lo);
    return Math.max(this.rows[k]![lo]!, this.rows[k]![hi - (1 << k)]!);
  }
}

const isQuote = (k: MarkKind) => k === 'quote' || k === 'indirect';

/** The text as pieces: text, mark openings and closings, and after each sentence that holds quotes, a note of who said them. */
export function annotate(doc: DocResult, text: string): Piece[] {
  const marks = collectMarks(doc, text);
  const notes = noteAnchors(doc, text);
  const pieces: Piece[] = [];
  const stack: Mark[] = [];
  let pos = 0;
  let noteAt = 0;
  let pending: number[] = [];
  const textTo = (to: number) => {
    if (to > pos) pieces.push({ kind: 'text', text: text.slice(pos, to) });
    pos = Math.max(pos, to);
  };
  const flushNotes = () => {
    if (pending.length && stack.length === 0) {
      pieces.push({ kind: 'note', quotes: pending });
      pending = [];
    }
  };
  // Emits closings and notes up to `limit` (closings first at equal positions, notes only outside every mark).
  const advance = (limit: number) => {
    for (;;) {
      const close = stack.length ? stack[stack.length - 1]!.end : Infinity;
      const note = noteAt < notes.length ? notes[noteAt]![0] : Infinity;
      if (close <= limit && close <= note) {
        textTo(close);
        pieces.push({ kind: 'close', mark: stack.pop()! });
        flushNotes();
      } else if (note <= limit) {
        textTo(note);
        pending.push(...notes[noteAt++]![1]);
        flushNotes();
      } else return;
    }
  };
  for (const m of marks) {
    advance(m.start);
    textTo(m.start);
    pieces.push({ kind: 'open', mark: m });
    stack.push(m);
  }
  advance(text.length);
  textTo(text.length);
  return pieces;
}

/** Where each quote's note goes: the end of its sentence (or of the quote, if later), sorted. */
function noteAnchors(doc: DocResult, text: string): Array<[number, number[]]> {
  const at = new Map<number, number[]>();
  doc.quotes.forEach((q, i) => {
    if (!fits(q, text)) return;
    const pos = Math.min(text.length, Math.max(q.end, sentenceOf(doc, q)?.end ?? q.end));
    at.set(pos, [...(at.get(pos) ?? []), i]);
  });
  return [...at].sort((a, b) => a[0] - b[0]);
}

/** The sentence that holds a quote: the one it names if that holds it, else the one around its end. */
function sentenceOf(doc: DocResult, q: Span & { sentence: number }): Span | undefined {
  const named = doc.sentences[q.sentence];
  if (named && named.start <= q.start && q.end <= named.end) return named;
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (q.end < s.start) hi = mid - 1;
    else if (q.end > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
