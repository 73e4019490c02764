// A year, alone or with a month, day and part: 2025년, 2025년 6월 5일, 작년 9월, 지난해 12월 3일, 내년 초,
// 올 3월, 연말; a span of years (2005∼2015년); a two-digit year before a month (지난 83년 1월).
// A part that is no date (올해 상반기, 내년 봄) rejects the whole expression.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { afterRangeStart, byWord, rangeFrom, DATE_END, DAY, DIRECTION_LIST, DIRECTION_WORDS, MONTH_NUM, NOT_COUNTED, NUMBER_START, PERIOD_WORDS, SEP, WORD_START, YEAR_NUM } from './patterns.js';
import { addDay, addPeriod, newParts, withDirection } from './parts.js';
import type { Mod, Parser } from './types.js';

const YEARS = loadLexicon('relative-words.tsv').filter((r) => r[1] === 'year');
const YEAR_WORD = byWord(YEARS);

export const yearLed: Parser = {
  starts: { digits: true, afterDigits: afterRangeStart('년'), words: [...DIRECTION_LIST, ...YEARS.map((r) => r[0])] },
  pattern:
    `${NUMBER_START}${WORD_START}${NOT_COUNTED}(?:(?<dir>${DIRECTION_WORDS})${SEP})?` +
    `(?:${rangeFrom('yearFrom', YEAR_NUM, '년')}(?<yearNum>${YEAR_NUM})년|(?<shortYear>\\d\\d)년(?=${SEP}${MONTH_NUM}월)|(?<yearWord>${alternation(YEARS.map((r) => r[0]))}))` +
    `(?:${SEP}(?<month>${MONTH_NUM})월(?:${SEP}${DAY})?)?` +
    `(?:${SEP}(?<period>${PERIOD_WORDS}))?${DATE_END}`,
  extract(g) {
    const parts = newParts();
    if (g.yearNum) parts.year = +g.yearNum;
    else if (g.shortYear) parts.shortYear = +g.shortYear;
    else {
      const [, , offset, mod, use] = YEAR_WORD.get(wordKey(g.yearWord!))!;
      // 올 names a year only before a month or a part of the year (올 3월, 올 상반기), never alone (올 시즌).
      if (use === 'prefix' && !g.month && !g.period) return null;
      parts.yearRel = +offset;
      if (mod) parts.mod = mod as Mod;
    }
    if (g.month) parts.month = +g.month;
    addDay(parts, g);
    if (g.yearFrom) parts.range = true;
    if (!addPeriod(parts, g.period)) return null;
    return withDirection(parts, g);
  },
};
