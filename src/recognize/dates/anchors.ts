// Values for words that point back to an event (이날, 전날, 이듬해): the latest date the text gave
// before them, moved by the word's offset.
import { addDays, addMonths, dayValue, monthValue, parseYmd, yearValue } from './calendar.js';
import type { Unit } from './parsers/types.js';

/** The latest day, month and year values seen so far in one stretch of text. */
export class EventDates {
  private day: string | null = null;
  private month: string | null = null;
  private year: string | null = null;

  /** Remembers a resolved value (any precision) as the date of the latest event. */
  see(value: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.day = value;
    if (/^\d{4}-\d{2}/.test(value)) this.month = value.slice(0, 7);
    if (/^\d{4}(?:$|-)/.test(value)) this.year = value.slice(0, 4);
  }

  /** The value of an anchor word of `unit` moved by `offset`, or null when no such date was given. */
  valueFor(unit: Unit, offset: number): string | null {
    if (unit === 'day') {
      const d = parseYmd(this.day);
      if (!d) return null;
      const t = addDays(d, offset);
      return dayValue(t.y, t.m, t.d);
    }
    if (unit === 'month') {
      if (!this.month) return null;
      const t = addMonths({ y: +this.month.slice(0, 4), m: +this.month.slice(5, 7) }, offset);
      return monthValue(t.y, t.m);
    }
    return this.year ? yearValue(+this.year + offset) : null;
  }
}
