// A month without a year, alone or with a day and part: 6월, 6월 5일, 지난 3월, 오는 10월, 지난달 27일, 이달 초, 다음 달 1일.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { byWord, DATE_END, DAY, DIRECTION_WORDS, MONTH_NUM, NOT_COUNTED, NUMBER_START, PERIOD_WORDS, SEP, WORD_START } from './patterns.js';
import { addDay, addPeriod, withDirection } from './parts.js';
import type { DateParts, Mod, Parser } from './types.js';

const MONTHS = loadLexicon('relative-words.tsv').filter((r) => r[1] === 'month');
const MONTH_WORD = byWord(MONTHS);

export const monthLed: Parser = {
  name: 'month-led',
  pattern:
    `${NUMBER_START}${WORD_START}${NOT_COUNTED}(?:(?<dir>${DIRECTION_WORDS})${SEP})?` +
    `(?:(?<monthNum>${MONTH_NUM})월|(?<monthWord>${alternation(MONTHS.map((r) => r[0]))}))` +
    `(?:${SEP}${DAY})?(?:${SEP}(?<period>${PERIOD_WORDS}))?${DATE_END}`,
  extract(g) {
    const parts: DateParts = {};
    if (g.monthNum) parts.month = +g.monthNum;
    else {
      const [, , offset, mod] = MONTH_WORD.get(wordKey(g.monthWord!))!;
      parts.monthRel = +offset;
      if (mod) parts.mod = mod as Mod;
    }
    addDay(parts, g);
    if (!addPeriod(parts, g.period, false)) return null;
    return withDirection(parts, g);
  },
};
