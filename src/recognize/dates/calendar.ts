// Calendar arithmetic on plain year/month/day numbers, and TIMEX3 value strings.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Ym {
  y: number;
  m: number;
}

/** `YYYY-MM-DD` as numbers, or null when it is not a real calendar day. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(month: Ym, n: number): Ym {
  const k = month.y * 12 + (month.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const yearValue = (y: number): string => pad(y, 4);
export const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
export const dayValue = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
