// The one way to make a Mention, used by every recognizer.
import type { EntityType, Mention } from '../types.js';

/**
 * A mention with every property present, always in this order, so all mentions share one hidden class:
 * code that reads mentions of all recognizers (overlaps, link) stays monomorphic and is not deoptimized
 * and recompiled each time a new shape shows up. Absent optional properties are undefined.
 */
export function makeMention(
  type: EntityType,
  start: number,
  end: number,
  text: string,
  name: string,
  rule: string,
  title?: string,
  affiliation?: string,
  partial?: 'surname' | 'short',
): Mention {
  return { start, end, text, type, name, title, affiliation, partial, rule };
}
