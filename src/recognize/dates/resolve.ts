// Date parts to a TIMEX3 value against the publication date (the reference): 2025-06-04, 2025-05, 2026.
import { addDays, addMonths, dayValue, daysInMonth, monthValue, yearValue, type Ym, type Ymd } from './calendar.js';
import type { DateParts, Direction, Mod } from './parsers/types.js';

export interface Resolved {
  value: string | null;
  mod?: Mod;
}

/**
 * The value of `parts`; null when it needs a reference that is missing, or names no single calendar
 * value (a span of days). `direction` is asked only when the parts leave the side of the reference
 * open (a bare day or a month without a year); 지난/오는 in the text answer it first.
 */
export function resolve(parts: DateParts, ref: Ymd | null, direction: () => Direction): Resolved {
  const value = valueOf(parts, ref, () => parts.direction ?? direction());
  return parts.mod && value ? { value, mod: parts.mod } : { value };
}

function valueOf(p: DateParts, ref: Ymd | null, direction: () => Direction): string | null {
  if (p.range) return null;
  if (p.decade !== undefined) return decadeValue(p.decade, p.decadeShort ?? false, ref);
  if (p.dayRel !== undefined) {
    if (!ref) return null;
    const d = addDays(ref, p.dayRel);
    return dayValue(d.y, d.m, d.d);
  }
  let y = p.year;
  let m = p.month;
  if (p.yearRel !== undefined) {
    if (!ref) return null;
    y = ref.y + p.yearRel;
  }
  if (p.monthRel !== undefined) {
    if (!ref) return null;
    ({ y, m } = addMonths(ref, p.monthRel));
  }
  if (y === undefined && (m !== undefined || p.day !== undefined)) {
    if (!ref) return null;
    if (m === undefined) ({ y, m } = monthOfDay(p.day!, ref, direction()));
    else y = yearOfMonth(m, p.day, ref, direction());
  }
  if (y === undefined) return null;
  if (m === undefined) return p.period ? `${yearValue(y)}-${p.period}` : yearValue(y);
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

/** TIMEX3 decade value (1990년대 → 199); a two-digit decade is the latest one that has begun by the reference. */
function decadeValue(decade: number, short: boolean, ref: Ymd | null): string | null {
  if (!short) return String(decade / 10);
  if (!ref) return null;
  let year = Math.floor(ref.y / 100) * 100 + decade;
  if (year > ref.y) year -= 100;
  return String(year / 10);
}
