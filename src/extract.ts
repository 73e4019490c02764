// The library entry point: one document through every stage, in order.
import { attribute } from './attribute/index.js';
import { findDates, inferRefDate } from './recognize/dates/index.js';
import { recognize } from './recognize/index.js';
import { segment } from './segment/index.js';
import type { DocResult } from './types.js';

export interface ExtractOptions {
  id?: string;
  /** Publication date (YYYY-MM-DD) that resolves 지난달, 4일, 내년 초; inferred from a dateline when absent. */
  refDate?: string | null;
  meta?: Record<string, unknown>;
  /**
   * The lists the caller will use (`--only`); stages that feed none of them are skipped and their lists
   * left empty: sentences alone need only the splitter, dates no names, names no attribution.
   */
  lists?: readonly List[];
}

export type List = 'sentences' | 'quotes' | 'entities' | 'dates';

export function extract(text: string, options: ExtractOptions = {}): DocResult {
  const seg = segment(text);
  const refDate = options.refDate ?? inferRefDate(seg);
  const wants = (list: List) => options.lists === undefined || options.lists.includes(list);
  // Quotes need the names (their speakers are entities); the dates come with the names at little cost.
  const { entities, dates } = wants('entities') || wants('quotes') ? recognize(seg, refDate) : { entities: [], dates: wants('dates') ? findDates(seg, refDate) : [] };
  const quotes = wants('quotes') ? attribute(seg, entities) : [];
  const result: DocResult = { id: options.id ?? '', refDate, sentences: seg.sentences, quotes, entities, dates };
  if (options.meta && Object.keys(options.meta).length > 0) result.meta = options.meta;
  return result;
}
