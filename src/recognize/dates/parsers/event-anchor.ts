// Words that point back to an event's date: 이날, 당일, 전날, 다음 날, 그해, 이듬해. 이날(4일) names its
// day; 같은 달 23일, 이듬해 3월 and 그해 말 name a calendar day, month or part counted from the event's.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { byWord, DATE_END, DAY, MONTH_NUM, PAREN_DAY, PERIOD_WORDS, SEP, WORD_DATE_END, WORD_START } from './patterns.js';
import { addDay, addPeriod, newParts } from './parts.js';
import type { Parser, Unit } from './types.js';

const ANCHORS = loadLexicon('event-anchors.tsv');
const ANCHOR = byWord(ANCHORS);
const words = (unit: Unit): string => alternation(ANCHORS.filter((r) => r[1] === unit).map((r) => r[0]));

export const eventAnchor: Parser = {
  starts: { digits: false, words: ANCHORS.map((r) => r[0]) },
  pattern:
    `${WORD_START}(?:(?:(?<yearWord>${words('year')})(?:${SEP}(?<month>${MONTH_NUM})월)?|(?<monthWord>${words('month')}))` +
    `(?:${SEP}${DAY}|${SEP}(?<period>${PERIOD_WORDS}))?|(?<dayWord>${words('day')})${PAREN_DAY}${WORD_DATE_END})${DATE_END}`,
  extract(g) {
    if (g.yearWord && g.day && !g.month) return null;
    const [, unit, offset] = ANCHOR.get(wordKey(g.yearWord ?? g.monthWord ?? g.dayWord!))!;
    const parts = newParts();
    parts.anchor = { unit: unit as Unit, offset: +offset };
    if (g.month) parts.month = +g.month;
    addDay(parts, g);
    if (g.parenDay) parts.day = +g.parenDay;
    return addPeriod(parts, g.period) ? { parts } : null;
  },
};
