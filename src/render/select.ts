// `--only quotes,entities`: a result with just the chosen lists (and id, refDate, meta), for smaller output
// when tens of thousands of documents only need their quotes.
import type { DocResult } from '../types.js';

export const FIELDS = ['sentences', 'quotes', 'entities', 'dates'] as const;
export type Field = (typeof FIELDS)[number];

export type Selected = Pick<DocResult, 'id' | 'refDate' | 'meta'> & Partial<Pick<DocResult, Field>>;

/** Parses `quotes,entities` (spaces and repeats allowed); throws an Error naming the valid fields. */
export function parseOnly(list: string): Field[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = names.filter((n) => !(FIELDS as readonly string[]).includes(n));
  if (wrong.length || names.length === 0) {
    throw new Error(`--only takes a comma-separated list of ${FIELDS.join(', ')}; got ${JSON.stringify(list)}`);
  }
  return FIELDS.filter((f) => names.includes(f));
}

/** The result with only the chosen lists; the other lists are left out, not emptied. */
export function selectFields(doc: DocResult, only: readonly Field[]): Selected {
  const out: Selected = { id: doc.id, refDate: doc.refDate };
  for (const f of FIELDS) if (only.includes(f)) (out[f] as unknown) = doc[f];
  if (doc.meta) out.meta = doc.meta;
  return out;
}

/**
 * For the views (table, annotated, html): the same result with the marks not chosen emptied. Sentences stay:
 * they are the text's structure (the views count them and place speaker notes at their ends), not marks.
 */
export function restrictLists(doc: DocResult, only: readonly Field[]): DocResult {
  return {
    ...doc,
    quotes: only.includes('quotes') ? doc.quotes : [],
    entities: only.includes('entities') ? doc.entities : [],
    dates: only.includes('dates') ? doc.dates : [],
  };
}
