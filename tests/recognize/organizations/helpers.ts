// Runs the organization recognizer on one invented text and lists what it found.
import { findOrganizations } from '../../../src/recognize/organizations/index.js';
import { segment } from '../../../src/segment/index.js';
import type { Mention } from '../../../src/types.js';

export function orgs(text: string): Mention[] {
  const found = findOrganizations(segment(text));
  for (const m of found) if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad span ${JSON.stringify(m)}`);
  return found;
}

/** The mentions' texts, in order. */
export const texts = (text: string): string[] => orgs(text).map((m) => m.text);

/** The names the mentions stand for, in order. */
export const names = (text: string): string[] => orgs(text).map((m) => m.name);
