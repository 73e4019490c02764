// 1990년대, 90년대 초: a decade, with 초/중반/말 as its mod.
import { DATE_END, NUMBER_START, PERIOD_WORDS, SEP } from './patterns.js';
import { addPeriod, newParts } from './parts.js';
import type { Parser } from './types.js';

export const decade: Parser = {
  starts: { digits: true, afterDigits: '년', words: [] },
  pattern: `${NUMBER_START}(?<decade>(?:1\\d|2\\d)?\\d0)년대(?:${SEP}(?<period>${PERIOD_WORDS}))?${DATE_END}`,
  extract(g) {
    const parts = newParts();
    parts.decade = +g.decade!;
    parts.decadeShort = g.decade!.length === 2;
    return addPeriod(parts, g.period) ? { parts } : null;
  },
};
