// Dates: expressions that name a calendar day, month or year, normalized to TIMEX3 against the
// publication date. Parsers (parsers/, one date form each) find the expressions in one scan;
// resolve.ts gives their values, tense.ts and sides.ts the side of a bare day, anchors.ts the
// dates of 이날 and 전날. README.md says what is left out and why.
import type { DateItem, Segmented } from '../../types.js';
import { sentenceAt } from '../../segment/sentence-at.js';
import { datedByEvent, EventDates, isComparedWith, isEventWord } from './anchors.js';
import { parseYmd, type Ymd } from './calendar.js';
import { fromPrevious, joins, NamedDays, sameMonth } from './joined.js';
import { Quotes, saidOn } from './quoted.js';
import type { DateParts, Direction } from './parsers/types.js';
import { comesSoon, needsDirection, resolve, type Resolved } from './resolve.js';
import { scan } from './scan.js';
import { Sides } from './sides.js';
import { directionAfter } from './tense.js';

export { inferRefDate } from './ref-date.js';

interface Entry {
  parts: DateParts;
  start: number;
  end: number;
  sentence: number;
  /** What the verb after a bare day says of its side of the reference, when that matters. */
  tense: Direction | null;
}

/** Every date expression in the text outside seg.skip, in order, with its TIMEX3 value against `refDate`. */
export function findDates(seg: Segmented, refDate: string | null): DateItem[] {
  const ref = parseYmd(refDate);
  const entries = collect(seg, (parts, end, sentenceEnd) =>
    needsDirection(parts, ref) ? directionAfter(seg.text, end, sentenceEnd) : null);
  const sides = new Sides(entries);
  const out: DateItem[] = [];
  // Captions repeat the story out of order, so their dates anchor only 이날 in the same caption.
  const body = new EventDates();
  const days = new NamedDays();
  const quotes = new Quotes(seg.text);
  const dayAfter = daysAfter(entries);
  let caption = { sentence: -1, dates: new EventDates() };
  for (let k = 0; k < entries.length; k++) {
    const { parts, start, end, sentence, tense } = entries[k];
    let events = body;
    if (seg.sentences[sentence]?.kind === 'caption') {
      if (caption.sentence !== sentence) caption = { sentence, dates: new EventDates() };
      events = caption.dates;
    }
    const named = days.valueOf(parts);
    const said = quoted(entries, k, dayAfter, ref, body, quotes);
    // A listed day (13 in 13, 14일) waits for the day after it (see placeListed).
    const resolved: Resolved = parts.listed ? { value: null }
      : fromPrevious(seg, out[out.length - 1], parts, start, end, sentence, ref) ??
        (named ? { value: named }
        : datedByEvent(parts) ? { value: events.valueFor(parts) }
        : resolve(parts, said ?? ref, sides.of(parts, tense, needsDirection(parts, ref), fallback(seg, sentence, parts, ref))));
    days.see(parts, resolved.value);
    // A quote's 오늘 is not the story's latest day: it only repeats one.
    if (resolved.value && !parts.range && !said && !isComparedWith(seg.text, end)) events.see(resolved.value);
    // Fields set one by one in the contract's order (start, end, text, value, mod, anchor, sentence).
    const item: Omit<DateItem, 'sentence'> & { sentence?: number } = { start, end, text: seg.text.slice(start, end), value: resolved.value };
    if (resolved.mod) item.mod = resolved.mod;
    if (isEventWord(parts)) item.anchor = 'event';
    item.sentence = sentence;
    out.push(item as DateItem);
  }
  return placeListed(seg.text, entries, out);
}

/**
 * Listed days (13 in 13, 14일, 11 and 12 in 11, 12, 13일) take the month of the day after them, last
 * first; one that no day follows is no date (a number in a list of counts) and is dropped.
 */
function placeListed(text: string, entries: Entry[], out: DateItem[]): DateItem[] {
  const dropped = new Set<number>();
  for (let i = out.length - 1; i >= 0; i--) {
    if (!entries[i].parts.listed) continue;
    const next = dropped.has(i + 1) ? undefined : out[i + 1];
    if (!next || !joins(text, out[i].end, next.start)) {
      dropped.add(i);
      continue;
    }
    // Without a reference the day after has no value, and neither has this one.
    const value = next.value === null ? null : sameMonth(next.value, entries[i].parts.day!, true);
    if (value === null && next.value !== null) dropped.add(i);
    else out[i].value = value;
  }
  return dropped.size > 0 ? out.filter((_, i) => !dropped.has(i)) : out;
}

/**
 * The reference for 오늘, 어제 or 내일 inside a quotation (entries[k]): the day it was said (see quoted.ts),
 * unless a day later in the sentence says when (“…”고 26일 말했다: `dayAfter[k]`); null for other dates.
 */
function quoted(entries: Entry[], k: number, dayAfter: boolean[], ref: Ymd | null, events: EventDates, quotes: Quotes): Ymd | null {
  const { parts, start } = entries[k];
  if (parts.dayRel === undefined || !ref || dayAfter[k] || !quotes.inside(start)) return null;
  return saidOn(events.latestDay(), ref);
}

/** For each entry, whether a date with a day follows it in its sentence. */
function daysAfter(entries: Entry[]): boolean[] {
  const out = new Array<boolean>(entries.length).fill(false);
  for (let k = entries.length - 2; k >= 0; k--) {
    const next = entries[k + 1];
    out[k] = next.sentence === entries[k].sentence && (next.parts.day !== undefined || out[k + 1]);
  }
  return out;
}

/** The side of a bare day nothing in the text decides: the past, but a headline's day days ahead is coming. */
function fallback(seg: Segmented, sentence: number, parts: DateParts, ref: Ymd | null): Direction {
  return seg.sentences[sentence]?.kind === 'headline' && comesSoon(parts, ref) ? 'future' : 'past';
}

/** The scanner's finds outside seg.skip, with their sentence and the tense after them. */
function collect(seg: Segmented, tenseOf: (parts: DateParts, end: number, sentenceEnd: number) => Direction | null): Entry[] {
  const { text, sentences, skip } = seg;
  const entries: Entry[] = [];
  let k = 0;
  for (const found of scan(text)) {
    const start = found.start + (found.skip ?? 0);
    while (k < skip.length && skip[k].end <= start) k++;
    if (k < skip.length && skip[k].start < found.end) continue;
    const sentence = sentenceAt(sentences, start);
    const tense = tenseOf(found.parts, found.end, sentences[sentence]?.end ?? text.length);
    entries.push({ parts: found.parts, start, end: found.end, sentence, tense });
  }
  return entries;
}
