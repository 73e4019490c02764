// Values for words that point back to an event (이날, 전날, 이듬해, 같은 달 23일): the latest date the
// text gave before them, moved by the word's offset, with the month or day the text adds.
import { addDays, addMonths, dayValue, isValidDay, monthValue, parseYmd, yearValue } from './calendar.js';
import type { DateParts } from './parsers/types.js';

/** True for an event word whose date is the event's own (이날, 그해, 이날(4일)); false for 같은 달 23일. */
export function isEventWord(parts: DateParts): boolean {
  return parts.anchor !== undefined &&
    (parts.anchor.unit === 'day' || (parts.month === undefined && parts.day === undefined && parts.mod === undefined));
}

/** True when the value counts from the latest event's date (이날, 이듬해 3월), not from a day the text gives (이날(4일)). */
export function datedByEvent(parts: DateParts): boolean {
  return parts.anchor !== undefined && (parts.anchor.unit !== 'day' || parts.day === undefined);
}

// A date followed by one of these is a point of comparison (…지난 4월 16일 이후 처음이다, 지난해보다),
// not an event: a later 이날 does not point to it.
const COMPARED = /^ ?(?:이후|이래|보다|대비)/;

/** True when the date ending at `end` is only compared with, not an event of the story. */
export function isComparedWith(text: string, end: number): boolean {
  return COMPARED.test(text.slice(end, end + 4));
}

/** The latest day, month and year values seen so far in one stretch of text. */
export class EventDates {
  private day: string | null = null;
  private month: string | null = null;
  private year: string | null = null;

  /** The latest day seen, or null. */
  latestDay(): string | null {
    return this.day;
  }

  /** Remembers a resolved value (any precision) as the date of the latest event. */
  see(value: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.day = value;
    if (/^\d{4}-\d{2}/.test(value)) this.month = value.slice(0, 7);
    if (/^\d{4}(?:$|-)/.test(value)) this.year = value.slice(0, 4);
  }

  /** The value of `parts` dated by an event (see datedByEvent), or null when the text gave no such date. */
  valueFor(parts: DateParts): string | null {
    const { unit, offset } = parts.anchor!;
    if (parts.range) return null;
    if (unit === 'day') {
      const d = parseYmd(this.day);
      if (!d) return null;
      const t = addDays(d, offset);
      return dayValue(t.y, t.m, t.d);
    }
    let y: number;
    let m = parts.month;
    if (unit === 'month') {
      if (!this.month) return null;
      ({ y, m } = addMonths({ y: +this.month.slice(0, 4), m: +this.month.slice(5, 7) }, offset));
    } else {
      if (!this.year) return null;
      y = +this.year + offset;
    }
    if (m === undefined) return yearValue(y);
    if (parts.day === undefined) return monthValue(y, m);
    return isValidDay(y, m, parts.day) ? dayValue(y, m, parts.day) : null;
  }
}
