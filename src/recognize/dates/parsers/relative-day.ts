// A day named from the publication date: 오늘, 어제, 내일, 모레; 오늘(24일) is one expression.
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import { byWord, PAREN_DAY, WORD_DATE_END, WORD_START } from './patterns.js';
import { newParts } from './parts.js';
import type { Parser } from './types.js';

const DAYS = loadLexicon('relative-words.tsv').filter((r) => r[1] === 'day');
const DAY_WORD = byWord(DAYS);

export const relativeDay: Parser = {
  starts: { digits: false, words: DAYS.map((r) => r[0]) },
  // 오늘날 ("nowadays") and 어제오늘 ("lately") fail WORD_DATE_END: 날 and 오늘 are no particles.
  pattern: `${WORD_START}(?<word>${alternation(DAYS.map((r) => r[0]))})${PAREN_DAY}${WORD_DATE_END}`,
  extract(g) {
    const parts = newParts();
    parts.dayRel = +DAY_WORD.get(wordKey(g.word!))![2];
    return { parts };
  },
};
