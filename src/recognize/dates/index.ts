// Dates: expressions that name a calendar day, month or year, normalized to TIMEX3. (Stub.)
import type { DateItem, Segmented } from '../../types.js';

export function findDates(_seg: Segmented, _refDate: string | null): DateItem[] {
  return [];
}

/** The publication date when a dateline or byline gives it (입력 2025.06.06), else null. */
export function inferRefDate(_seg: Segmented): string | null {
  return null;
}
