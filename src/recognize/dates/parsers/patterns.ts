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

/** A number starts here, not in the middle of a number, a decimal, a range or a code (2.5일, 1,000일, 5·18, 3~5일). */
export const NUMBER_START = '(?<![0-9A-Za-z·:/~∼〜\\-–])(?<![0-9][.,])';
/** A word starts here, not inside another Hangul word nor after a number (국내일정, 30.8명일 hold no date). */
export const WORD_START = '(?<![가-힣0-9])';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const NOT_BEFORE_NUMBER = new Set([...'·:/~∼〜-–'].map((c) => c.charCodeAt(0)));

/** NUMBER_START as code, for the scanner's quick skip: no letter, digit or joining mark before `at`. */
export function numberStartsAt(text: string, at: number): boolean {
  const p = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (isDigit(p) || (p >= 0x41 && p <= 0x5a) || (p >= 0x61 && p <= 0x7a) || NOT_BEFORE_NUMBER.has(p)) return false;
  return !((p === 0x2e || p === 0x2c) && at > 1 && isDigit(text.charCodeAt(at - 2)));
}

/** WORD_START as code: no Hangul syllable or digit before `at`. */
export function wordStartsAt(text: string, at: number): boolean {
  const p = at > 0 ? text.charCodeAt(at - 1) : 0;
  return !isDigit(p) && !(p >= 0xac00 && p <= 0xd7a3);
}

const notBefore = loadLexicon('not-date-before.tsv').map((r) => r[0]);
/** Not a count or a recurring day (주 5일, 3박 4일, 매년 5월). */
export const NOT_COUNTED = `(?<!(?<![가-힣])(?:${alternation(notBefore)})${SEP})`;

/** Not the difference of a comparison (작년보다 12일 늦다, 평년보다 8일 빠르다); 무엇보다 is "above all". */
export const NOT_COMPARED = `(?<!(?<!무엇)보다${SPACE})`;

const notAfter = loadLexicon('not-date-after.tsv');
const vetoWords = (scope: string[]): string => alternation(notAfter.filter((r) => scope.includes(r[1])).map((r) => r[0]));

const tails = [...PARTICLES, ...loadLexicon('tails.tsv').map((r) => r[0])];
/** The word ends here, or goes on with a particle or a date suffix (4일에는, 5일자, 올해엔). */
const WORD_END = `(?=[^가-힣]|$|${alternation(tails)})`;

/** No duration or count word follows (3일간, 4일 동안); `scope` `day` adds 전/후/뒤 for a bare day. */
const notCounted = (scope: string[]): string => `(?!${SEP}(?:${vetoWords(scope)})(?:[^가-힣]|$|${alternation(tails)}))`;

/** The end of a date expression: the word ends, and no duration or count word follows (3일간, 4일 동안). */
export const DATE_END = `${notCounted(['all'])}${WORD_END}`;
/** 'Or' (오늘이나 내일): it takes no particle after it and needs the next word, so 모레나는 and (모레나) are a name. */
const OR = new Set(['나', '이나']);
/**
 * The end of a date that is a word (모레, 이날): the word ends, or one or two whole particles or endings
 * end it (모레는, 이날부터, 오늘이다, 내일까지라도), so that names beginning with the same syllables stay
 * out (모레로스, 모레나).
 */
export const WORD_DATE_END = `${notCounted(['all'])}(?=[^가-힣]|$|(?:${alternation(tails.filter((t) => !OR.has(t)))}){1,2}(?![가-힣])|(?:이나|나)${SPACE})`;
/** The end after a bare day, where 전/후/뒤 also make an offset (3일 전 is "three days ago"). */
export const BARE_DAY_END = `${notCounted(['all', 'day'])}${WORD_END}`;

const directions = loadLexicon('directions.tsv');
/** 지난 / 오는 before a date, and whether it is part of the expression. */
export const DIRECTION_WORDS = alternation(directions.map((r) => r[0]));
export const DIRECTION_LIST = directions.map((r) => r[0]);
export const DIRECTION = new Map(directions.map((r) => [r[0], { direction: r[1] as Direction, keep: r[2] === 'keep' }]));

const periods = loadLexicon('parts-of-period.tsv');
export const PERIOD_WORDS = alternation(periods.map((r) => r[0]));
/** 초 → START, 말 → END; `none` for a part that is no date (상반기, 봄). */
export const PERIOD = new Map(periods.map((r) => [r[0], r[1]]));
export const isMod = (s: string): s is Mod => s === 'START' || s === 'MID' || s === 'END';

/** A parenthesized day that restates a relative date: 오늘(24일), 이날(4일). */
export const PAREN_DAY = `(?:\\((?<parenDay>${DAY_NUM})일\\))?`;



/** Lexicon rows keyed by the word without spaces. */
export function byWord(rows: string[][]): Map<string, string[]> {
  return new Map(rows.map((r) => [wordKey(r[0]), r]));
}

/** A day, or a span of days (3∼5일, 3일-5일), as groups `day` and `dayFrom`. */
export const DAY = `${rangeFrom('dayFrom', DAY_NUM, '일')}(?<day>${DAY_NUM})일`;

/** What may follow a number that `rangeFrom` may start with `unit`: the unit, a space or a range's dash. */
export const afterRangeStart = (unit: string): string => `${unit} \u00a0~∼〜-–`;

/** A span of years or days (2005∼2015년, 3∼5일): the first number, a dash, then the date's own number. */
export function rangeFrom(name: string, num: string, unit: string): string {
  return `(?:(?<${name}>${num})${unit}?${SEP}[~∼〜\\-–]${SEP})?`;
}
