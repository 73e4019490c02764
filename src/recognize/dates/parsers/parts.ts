// Reading the groups the date patterns share (지난/오는, a day or span of days, 초/중순/말/상반기) into date parts.
import { DIRECTION, PERIOD, isMod } from './patterns.js';
import type { DateParts, Groups, Parsed } from './types.js';

/**
 * Empty date parts with every field present (undefined until set), in one order: parts of every parser
 * then share one shape, and the resolvers' many reads of unset fields stay fast.
 */
export function newParts(): DateParts {
  return {
    year: undefined, shortYear: undefined, yearRel: undefined, month: undefined, monthRel: undefined, day: undefined, dayRel: undefined,
    decade: undefined, decadeShort: undefined, mod: undefined, direction: undefined, range: undefined, anchor: undefined, listed: undefined,
  };
}

/** Parts with the direction word (`dir`) applied: its sense, and whether it stays out of the span. */
export function withDirection(parts: DateParts, g: Groups): Parsed {
  const dir = g.dir ? DIRECTION.get(g.dir) : undefined;
  if (!dir) return { parts };
  parts.direction = dir.direction;
  return dir.keep ? { parts } : { parts, skip: g.dir!.length + 1 };
}

/** Adds the day (`day`, and `dayFrom` for a span of days) to `parts`. */
export function addDay(parts: DateParts, g: Groups): void {
  if (g.day) parts.day = +g.day;
  if (g.dayFrom) parts.range = true;
}

/** Adds the mod of a part of the period (`period`: 초, 중순, 말); false for a part that is no date (상반기, 봄). */
export function addPeriod(parts: DateParts, word: string | undefined): boolean {
  if (!word) return true;
  const p = PERIOD.get(word)!;
  if (!isMod(p)) return false;
  parts.mod = p;
  return true;
}
