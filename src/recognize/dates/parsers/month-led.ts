// A month without a year, alone or with a day and part: 6월, 6월 5일, 지난 3월, 오는 10월, 지난달 27일, 이달 초,
// 다음 달 1일. A span of months (지난 8∼10월) is no date.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { afterRangeStart, byWord, rangeFrom, DATE_END, DAY, DIRECTION_LIST, DIRECTION_WORDS, MONTH_NUM, NOT_COUNTED, NUMBER_START, PERIOD_WORDS, SEP, WORD_START } from './patterns.js';
import { addDay, addPeriod, newParts, withDirection } from './parts.js';
import type { Mod, Parser } from './types.js';

const MONTHS = loadLexicon('relative-words.tsv').filter((r) => r[1] === 'month');
const MONTH_WORD = byWord(MONTHS);

export const monthLed: Parser = {
  starts: { digits: true, afterDigits: afterRangeStart('월'), words: [...DIRECTION_LIST, ...MONTHS.map((r) => r[0])] },
  pattern:
    // Not after a count of years the year-led parser did not take (징역 2년 6월 is a term, not June).
    `${NUMBER_START}${WORD_START}${NOT_COUNTED}(?<![0-9]년${SEP})(?:(?<dir>${DIRECTION_WORDS})${SEP})?` +
    `(?:${rangeFrom('monthFrom', MONTH_NUM, '월')}(?<monthNum>${MONTH_NUM})월|(?<monthWord>${alternation(MONTHS.map((r) => r[0]))}))` +
    `(?:${SEP}${DAY})?(?:${SEP}(?<period>${PERIOD_WORDS}))?${DATE_END}`,
  extract(g) {
    const parts = newParts();
    // The annotation guidelines leave spans of months out (6∼7월): recognized, so that 7월 is not taken alone.
    if (g.monthFrom) return null;
    if (g.monthNum) parts.month = +g.monthNum;
    else {
      const [, , offset, mod] = MONTH_WORD.get(wordKey(g.monthWord!))!;
      parts.monthRel = +offset;
      if (mod) parts.mod = mod as Mod;
    }
    addDay(parts, g);
    if (!addPeriod(parts, g.period)) return null;
    return withDirection(parts, g);
  },
};
