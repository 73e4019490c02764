// Regex building blocks shared by the date parsers, built once from the lexicons.
import { PARTICLES } from '../../../korean/particles.js';
import { alternation, loadLexicon, wordKey } from '../lexicon.js';
import type { Direction, Mod } from './types.js';

const SPACE = '[ \\u00a0]';
/** At most one space between the parts of a date (6월 5일, 6월5일). */
export const SEP = `${SPACE}?`;

export const YEAR_NUM = '(?:1\\d|2\\d)\\d\\d';
export const MONTH_NUM = '(?:1[0-2]|0?[1-9])';
export const DAY_NUM = '(?:3[01]|[12]\\d|0?[1-9])';

/** A number starts here, not in the middle of a number, a decimal, a range or a code (2.5일, 5·18, 3~5일). */
export const NUMBER_START = '(?<![0-9A-Za-z.,·:/~∼〜\\-–])';
/** A word starts here, not inside another Hangul word (국내일정 holds no 내일). */
export const WORD_START = '(?<![가-힣])';

const notBefore = loadLexicon('not-date-before.tsv').map((r) => r[0]);
/** Not a count or a recurring day (주 5일, 3박 4일, 매년 5월). */
export const NOT_COUNTED = `(?<!(?<![가-힣])(?:${alternation(notBefore)})${SEP})`;

const notAfter = loadLexicon('not-date-after.tsv');
const vetoWords = (scope: string[]): string => alternation(notAfter.filter((r) => scope.includes(r[1])).map((r) => r[0]));

const tails = [...PARTICLES, ...loadLexicon('tails.tsv').map((r) => r[0])];
/** The word ends here, or goes on with a particle or a date suffix (4일에는, 5일자, 올해엔). */
const WORD_END = `(?=[^가-힣]|$|${alternation(tails)})`;

/** The end of a date expression: the word ends, and no duration or count word follows (3일간, 4일 동안). */
export const DATE_END = `(?!${SEP}(?:${vetoWords(['all'])})(?:[^가-힣]|$|${alternation(tails)}))${WORD_END}`;
/** The same after a bare day, where 전/후/뒤 also make an offset (3일 전 is "three days ago"). */
export const BARE_DAY_END = `(?!${SEP}(?:${vetoWords(['all', 'day'])})(?:[^가-힣]|$|${alternation(tails)}))${WORD_END}`;

const directions = loadLexicon('directions.tsv');
/** 지난 / 오는 before a date, and whether it is part of the expression. */
export const DIRECTION_WORDS = alternation(directions.map((r) => r[0]));
export const DIRECTION = new Map(directions.map((r) => [r[0], { direction: r[1] as Direction, keep: r[2] === 'keep' }]));

const periods = loadLexicon('parts-of-period.tsv');
export const PERIOD_WORDS = alternation(periods.map((r) => r[0]));
/** 초 → START, 상반기 → H1. */
export const PERIOD = new Map(periods.map((r) => [r[0], r[1]]));
export const isMod = (s: string): s is Mod => s === 'START' || s === 'MID' || s === 'END';

/** A parenthesized day that restates a relative date: 오늘(24일), 이날(4일). */
export const PAREN_DAY = `(?:\\((?<parenDay>${DAY_NUM})일\\))?`;

/** Lexicon rows keyed by the word without spaces. */
export function byWord(rows: string[][]): Map<string, string[]> {
  return new Map(rows.map((r) => [wordKey(r[0]), r]));
}

/** A day, or a span of days (3∼5일, 3일-5일), as groups `day` and `dayFrom`. */
export const DAY = `(?:(?<dayFrom>${DAY_NUM})일?${SEP}[~∼〜\\-–]${SEP})?(?<day>${DAY_NUM})일`;
