// Words that point back to an event's date: 이날, 당일, 전날, 다음 날, 이듬해; 이날(4일) names its day.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { byWord, DATE_END, PAREN_DAY, WORD_START } from './patterns.js';
import type { DateParts, Parser, Unit } from './types.js';

const ANCHORS = loadLexicon('event-anchors.tsv');
const ANCHOR = byWord(ANCHORS);

export const eventAnchor: Parser = {
  name: 'event-anchor',
  pattern: `${WORD_START}(?<word>${alternation(ANCHORS.map((r) => r[0]))})${PAREN_DAY}${DATE_END}`,
  extract(g) {
    const [, unit, offset] = ANCHOR.get(wordKey(g.word!))!;
    const parts: DateParts = { anchor: { unit: unit as Unit, offset: +offset } };
    if (g.parenDay) parts.day = +g.parenDay;
    return { parts };
  },
};
