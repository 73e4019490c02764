// Running the persons recognizer over a small invented text.
import { findPersons } from '../../../src/recognize/persons/index.js';
import { segment } from '../../../src/segment/index.js';
import type { Mention } from '../../../src/types.js';

export function persons(text: string): Mention[] {
  const found = findPersons(segment(text));
  for (const m of found) if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad offsets for ${m.text}`);
  return found;
}

/** `text:name` of each mention, partial ones marked: 홍:홍 위원(surname). */
export function brief(text: string): string[] {
  return persons(text).map((m) => `${m.text}:${m.name}${m.partial ? `(${m.partial})` : ''}`);
}
