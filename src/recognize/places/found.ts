// What a place rule returns: its mentions and where scanning resumes.
import type { Mention } from '../../types.js';

export interface Found {
  mentions: Mention[];
  /** Scanning resumes here, past what the rule read. */
  next: number;
}

/** One PLACE mention per distinct name, all at the same span (북러 → 북한 and 러시아). */
export function placeMentions(text: string, start: number, end: number, names: readonly string[], rule: string): Mention[] {
  const span = text.slice(start, end);
  return [...new Set(names)].map((name) => ({ start, end, text: span, type: 'PLACE' as const, name, rule }));
}
