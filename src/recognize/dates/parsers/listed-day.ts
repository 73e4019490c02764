// A day number listed before a day that carries 일 for both (13 in 13, 14일): a date of its own,
// placed in that day's month by joined.ts; without such a day after it, it is dropped there.
import { DAY_NUM, DIRECTION_LIST, DIRECTION_WORDS, NOT_COUNTED, NUMBER_START, SEP, WORD_START } from './patterns.js';
import { newParts, withDirection } from './parts.js';
import type { Parser } from './types.js';

/** At most this many more numbers between a listed day and the day with 일: a bound keeps a long list of numbers linear. */
const MAX_LISTED = 4;

export const listedDay: Parser = {
  starts: { digits: true, afterDigits: ',', words: DIRECTION_LIST },
  // A comma right after the number is tested first: most numbers fail there, before NOT_COUNTED is read.
  pattern: `${NUMBER_START}${WORD_START}(?=(?:(?:${DIRECTION_WORDS})${SEP})?${DAY_NUM},)${NOT_COUNTED}(?:(?<dir>${DIRECTION_WORDS})${SEP})?(?<listed>${DAY_NUM})(?=,${SEP}(?:${DAY_NUM},${SEP}){0,${MAX_LISTED}}${DAY_NUM}일)`,
  extract(g) {
    const parts = newParts();
    parts.day = +g.listed!;
    parts.listed = true;
    return withDirection(parts, g);
  },
};
