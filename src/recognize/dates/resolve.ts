// Date parts to a TIMEX3 value against the publication date (the reference): 2025-06-04, 2025-05, 2026.
import { addDays, addMonths, dayValue, daysInMonth, monthValue, yearValue, type Ym, type Ymd } from './calendar.js';
import type { DateParts, Direction, Mod } from './parsers/types.js';

export interface Resolved {
  value: string | null;
  mod?: Mod;
}

/**
 * The value of `parts`; null when it needs a reference that is missing, or names no single calendar
 * value (a span of days). A bare day or a month without a year is placed on the side of the reference
 * that 지난/오는 say, else on the side `inferred` says (see needsDirection), else in the past.
 */
export function resolve(parts: DateParts, ref: Ymd | null, inferred: Direction = 'past'): Resolved {
  const value = valueOf(parts, ref, parts.direction ?? inferred);
  return parts.mod && value ? { value, mod: parts.mod } : { value };
}

/** How near the reference the next occurrence of an earlier day must be for a verb to move it there. */
const NEAR_DAYS = 10;

/**
 * Whether the verb after a bare day or a month without a year gets to say its side of the reference:
 * when the day falls later in the reference's month (or the month later in its year), or when its next
 * occurrence is only days away (1일 종영한다, written on the 30th). Otherwise it is this month's or
 * year's: next month's 5th is written 다음 달 5일.
 */
export function needsDirection(p: DateParts, ref: Ymd | null): boolean {
  if (!ref || p.direction || !isYearless(p)) return false;
  if (p.month === undefined) return p.day! > ref.d || (p.day! < ref.d && daysAhead(p.day!, ref) <= NEAR_DAYS);
  if (p.month !== ref.m) return p.month > ref.m || (ref.m === 12 && p.month === 1 && (p.day ?? 1) <= NEAR_DAYS);
  return p.day !== undefined && p.day > ref.d;
}

/**
 * Whether a bare day falls within days after the reference (17일 in a headline written on the 16th):
 * headlines announce coming events without a verb, so there the nearer reading is taken.
 */
export function comesSoon(p: DateParts, ref: Ymd | null): boolean {
  return ref !== null && !p.direction && isYearless(p) && p.month === undefined && p.day !== ref.d && daysAhead(p.day!, ref) <= NEAR_DAYS;
}

/** Days from the reference to the next such day of the month on or after it. */
function daysAhead(day: number, ref: Ymd): number {
  return day >= ref.d ? day - ref.d : daysInMonth(ref.y, ref.m) - ref.d + day;
}

/** A day or month whose year the text leaves to the reference (4일, 6월 5일), and a key for its repeats. */
export function yearlessKey(p: DateParts): string | null {
  return isYearless(p) ? `${p.month ?? ''}/${p.day ?? ''}` : null;
}

function isYearless(p: DateParts): boolean {
  return p.year === undefined && p.yearRel === undefined && p.shortYear === undefined && p.monthRel === undefined && p.anchor === undefined &&
    p.decade === undefined && p.dayRel === undefined && (p.month !== undefined || p.day !== undefined);
}

function valueOf(p: DateParts, ref: Ymd | null, direction: Direction): string | null {
  if (p.range) return null;
  if (p.decade !== undefined) return decadeValue(p.decade, p.decadeShort ?? false, ref);
  if (p.dayRel !== undefined) {
    if (!ref) return null;
    const d = addDays(ref, p.dayRel);
    return dayValue(d.y, d.m, d.d);
  }
  let y = p.year;
  let m = p.month;
  if (p.yearRel !== undefined || p.shortYear !== undefined) {
    if (!ref) return null;
    y = p.yearRel !== undefined ? ref.y + p.yearRel : fullYear(p.shortYear!, ref);
  }
  if (p.monthRel !== undefined) {
    if (!ref) return null;
    ({ y, m } = addMonths(ref, p.monthRel));
  }
  if (y === undefined && (m !== undefined || p.day !== undefined)) {
    if (!ref) return null;
    if (m === undefined) ({ y, m } = monthOfDay(p.day!, ref, direction));
    else y = yearOfMonth(m, p.day, ref, direction);
  }
  if (y === undefined) return null;
  if (m === undefined) return yearValue(y);
  if (p.day === undefined) return monthValue(y, m);
  return p.day <= daysInMonth(y, m) ? dayValue(y, m, p.day) : null;
}

/** The month of a bare day: the latest such day on or before the reference, or the next on or after it. */
function monthOfDay(day: number, ref: Ymd, direction: Direction): Ym {
  const step = direction === 'past' ? -1 : 1;
  const sameMonth = direction === 'past' ? day <= ref.d : day >= ref.d;
  let month: Ym = sameMonth ? ref : addMonths(ref, step);
  while (day > daysInMonth(month.y, month.m)) month = addMonths(month, step);
  return month;
}

/** The year of a month (and day) given without one, on the same rule as monthOfDay. */
function yearOfMonth(month: number, day: number | undefined, ref: Ymd, direction: Direction): number {
  const cmp = month !== ref.m ? month - ref.m : day === undefined ? 0 : day - ref.d;
  if (direction === 'past') return cmp <= 0 ? ref.y : ref.y - 1;
  return cmp >= 0 ? ref.y : ref.y + 1;
}

/** A two-digit year in the century that puts it no later than the year after the reference (90년 → 1990 in 2025). */
function fullYear(short: number, ref: Ymd): number {
  const y = Math.floor(ref.y / 100) * 100 + short;
  return y > ref.y + 1 ? y - 100 : y;
}

/** TIMEX3 decade value (1990년대 → 199); a two-digit decade is the latest one that has begun by the reference. */
function decadeValue(decade: number, short: boolean, ref: Ymd | null): string | null {
  if (!short) return String(decade / 10);
  if (!ref) return null;
  let year = Math.floor(ref.y / 100) * 100 + decade;
  if (year > ref.y) year -= 100;
  return String(year / 10);
}
