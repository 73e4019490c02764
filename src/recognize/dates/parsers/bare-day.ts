// A day of the month alone: 4일, 지난 4일, 오는 15일, 3∼5일. Its month comes from the publication date.
import { afterRangeStart, BARE_DAY_END, DAY, DIRECTION_LIST, DIRECTION_WORDS, NOT_COMPARED, NOT_COUNTED, NUMBER_START, SEP, WORD_START } from './patterns.js';
import { addDay, newParts, withDirection } from './parts.js';
import type { Parser } from './types.js';

export const bareDay: Parser = {
  starts: { digits: true, afterDigits: afterRangeStart('일'), words: DIRECTION_LIST },
  pattern: `${NUMBER_START}${WORD_START}${NOT_COUNTED}${NOT_COMPARED}(?:(?<dir>${DIRECTION_WORDS})${SEP})?${DAY}${BARE_DAY_END}`,
  extract(g) {
    const parts = newParts();
    addDay(parts, g);
    return withDirection(parts, g);
  },
};
