// Dates that take their month or year from the date before them: the end of a span of days (5월 18일부터
// 27일까지), a day in a list (3월 5일과 8일), a number listed before a day (13, 14일: 13 is the 13th of
// 14일's month), a later day said to come after a coming day (오는 9일 출국해 … 15일 맞붙는다), and a
// month without a year after a date earlier in the sentence (2019년 3월 입사해 6월 퇴사); and a bare day
// the article named before with its month (7월 4일 개막 … 4일 오후 7시: the same 4th, see NamedDays).
import type { DateItem, Segmented } from '../../types.js';
import { dayValue, daysInMonth, type Ymd } from './calendar.js';
import { loadLexicon } from './lexicon.js';
import type { DateParts } from './parsers/types.js';
import { resolve, type Resolved } from './resolve.js';
import { directionAfter } from './tense.js';

/** The words between a date and a day joined to it, spaces aside (lexicon/day-joins.tsv). */
const JOINS = new Set(loadLexicon('day-joins.tsv').map((r) => r[0]));
/** The longest gap worth reading: the longest word with a space either side. */
const MAX_GAP = Math.max(...[...JOINS].map((j) => j.length)) + 2;
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OPEN = 0x28;
const CLOSE = 0x29;
const WEEKDAYS = new Set([...'월화수목금토일'].map((c) => c.charCodeAt(0)));

/** A day with nothing else: no month, year, direction, span or anchor of its own. */
function isLoneDay(p: DateParts): boolean {
  return p.day !== undefined && p.month === undefined && p.monthRel === undefined && p.year === undefined &&
    p.yearRel === undefined && p.shortYear === undefined && p.direction === undefined && !p.range && !p.anchor;
}

/** Whether the text between `gapStart` and `gapEnd` joins two dates (부터, 과, a comma). */
export function joins(text: string, gapStart: number, gapEnd: number): boolean {
  // A day of the week in parentheses may stand after the first date: 4일(금)부터 13일(일)까지.
  const from = text.charCodeAt(gapStart) === OPEN && WEEKDAYS.has(text.charCodeAt(gapStart + 1)) && text.charCodeAt(gapStart + 2) === CLOSE ? gapStart + 3 : gapStart;
  return gapEnd - from <= MAX_GAP && JOINS.has(text.slice(from, gapEnd).trim());
}

/**
 * The value of `day` in the month of `other`, a date it is joined to; null when `other` is no single
 * day, or `day` does not stand on the right side of it: a day after the date is later (18일부터 27일까지),
 * one before it earlier (13, 14일).
 */
export function sameMonth(other: string | null, day: number, before: boolean): string | null {
  const m = other ? DAY_VALUE.exec(other) : null;
  if (!m) return null;
  const y = +m[1];
  const month = +m[2];
  if (before ? day >= +m[3] : day <= +m[3] || day > daysInMonth(y, month)) return null;
  return dayValue(y, month, day);
}

const MONTH_VALUE = /^(\d{4})-(\d{2})/;

/** A month (and day) the text gives no year, nor a side of the publication date (6월, 6월 5일). */
function isLoneMonth(p: DateParts): boolean {
  return p.month !== undefined && p.year === undefined && p.yearRel === undefined && p.shortYear === undefined &&
    p.direction === undefined && !p.range && !p.anchor;
}

/**
 * The year of a month given without one, from `other`, a date before it in the same sentence, when that
 * names a month no later (2019년 3월 … 6월: June 2019); null otherwise.
 */
function yearBefore(other: string | null, month: number): number | null {
  const m = other ? MONTH_VALUE.exec(other) : null;
  return m && +m[2] <= month ? +m[1] : null;
}

/**
 * The value `parts` (at start…end, in `sentence`) takes from `prev`, the date found before it, when the
 * text ties them as above; null when it does not.
 */
export function fromPrevious(seg: Segmented, prev: DateItem | undefined, parts: DateParts, start: number, end: number, sentence: number, ref: Ymd | null): Resolved | null {
  if (!prev || prev.value === null || parts.listed) return null;
  if (isLoneDay(parts)) {
    const tied = joins(seg.text, prev.end, start) || (ref !== null && comingDay(prev.value, ref) && saysFuture(seg, end, sentence));
    const value = tied ? sameMonth(prev.value, parts.day!, false) : null;
    return value ? { value } : null;
  }
  // 6월 현재 is always the month of publication (2020년 1월 첫 확진 이후 6월 현재까지).
  if (prev.sentence !== sentence || !isLoneMonth(parts) || nowAfter(seg.text, end)) return null;
  const year = yearBefore(prev.value, parts.month!);
  return year === null ? null : resolve({ ...parts, year }, ref);
}

/** The reference as a day value, kept for the document being read (one string per document, not per date). */
const refDay = { ref: null as Ymd | null, value: '' };

/** Whether `value` is a day after the reference. */
function comingDay(value: string, ref: Ymd): boolean {
  if (refDay.ref !== ref) {
    refDay.ref = ref;
    refDay.value = dayValue(ref.y, ref.m, ref.d);
  }
  return value.length === refDay.value.length && value > refDay.value;
}

/** Whether the verb after a date ending at `end` says future (열린다, 치를 예정이다). */
function saysFuture(seg: Segmented, end: number, sentence: number): boolean {
  return directionAfter(seg.text, end, seg.sentences[sentence]?.end ?? seg.text.length) === 'future';
}

/**
 * Days the article named with a month but no year (7월 4일, 지난달 27일, 다음 달 4일): a bare day with the
 * same number later in the article is that day, as news write the month once and the day after.
 * Dates with a year are left out: an anniversary's 1980년 5월 18일 is not this year's 18일.
 */
export class NamedDays {
  private readonly values = new Map<number, string>();

  see(p: DateParts, value: string | null): void {
    const monthOnly = (p.month !== undefined || p.monthRel !== undefined) && p.year === undefined && p.yearRel === undefined && p.shortYear === undefined;
    if (monthOnly && p.day !== undefined && !p.range && value !== null && DAY_VALUE.test(value)) this.values.set(p.day, value);
  }

  /** The value of a lone day the article named before with its month, or null. */
  valueOf(p: DateParts): string | null {
    return isLoneDay(p) && !p.listed ? this.values.get(p.day!) ?? null : null;
  }
}

const NOW = '현재';

/** Whether 현재 ("as of now") follows the date ending at `end`. */
function nowAfter(text: string, end: number): boolean {
  const at = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  return text.startsWith(NOW, at);
}
