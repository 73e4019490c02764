// The library entry point: one document through every stage, in order.
import { attribute } from './attribute/index.js';
import { inferRefDate } from './recognize/dates/index.js';
import { recognize } from './recognize/index.js';
import { segment } from './segment/index.js';
import type { DocResult } from './types.js';

export interface ExtractOptions {
  id?: string;
  /** Publication date (YYYY-MM-DD) that resolves 지난달, 4일, 내년 초; inferred from a dateline when absent. */
  refDate?: string | null;
  meta?: Record<string, unknown>;
}

export function extract(text: string, options: ExtractOptions = {}): DocResult {
  const seg = segment(text);
  const refDate = options.refDate ?? inferRefDate(seg);
  const { entities, dates } = recognize(seg, refDate);
  const quotes = attribute(seg, entities);
  const result: DocResult = { id: options.id ?? '', refDate, sentences: seg.sentences, quotes, entities, dates };
  if (options.meta && Object.keys(options.meta).length > 0) result.meta = options.meta;
  return result;
}
