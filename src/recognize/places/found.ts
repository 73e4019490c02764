// What a place rule returns: its mentions and where scanning resumes.
import type { Mention } from '../../types.js';
import { makeMention } from '../mention.js';

export interface Found {
  mentions: Mention[];
  /** Scanning resumes here, past what the rule read. */
  next: number;
}

/**
 * A rule's find: one PLACE mention per name at start…end (distinct names), scanning resumed at `next`.
 * The mentions come in an array of their own size (most finds have one).
 */
export function foundAt(text: string, start: number, end: number, names: readonly string[] | string, rule: string, next = end): Found {
  if (typeof names !== 'string' && names.length === 1) names = names[0];
  if (typeof names === 'string') return { mentions: [makeMention('PLACE', start, end, text.slice(start, end), names, rule)], next };
  // Pushed, not mapped: map's arrays have holey elements, and a second kind of array deoptimizes findPlaces.
  const mentions: Mention[] = [];
  addMentions(mentions, text, start, end, names, rule);
  return { mentions, next };
}

/** Adds one PLACE mention per name, all at the same span (북러 → 북한 and 러시아); `names` are distinct. */
export function addMentions(out: Mention[], text: string, start: number, end: number, names: readonly string[] | string, rule: string): void {
  const span = text.slice(start, end);
  if (typeof names === 'string') out.push(makeMention('PLACE', start, end, span, names, rule));
  else for (const name of names) out.push(makeMention('PLACE', start, end, span, name, rule));
}
