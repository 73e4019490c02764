// What a date parser is, and the parts of a date it reads from its match (resolve.ts turns them into a value).

export type Mod = 'START' | 'MID' | 'END';
export type Direction = 'past' | 'future';
export type Unit = 'day' | 'month' | 'year';

/** The calendar parts an expression gives, absolute or counted from the publication date. */
export interface DateParts {
  year?: number;
  /** A two-digit year (83년 1월), placed in the century that puts it nearest before the publication year. */
  shortYear?: number;
  /** Years from the publication year (작년 → -1). */
  yearRel?: number;
  month?: number;
  /** Months from the publication month (지난달 → -1). */
  monthRel?: number;
  day?: number;
  /** Days from the publication date (어제 → -1). */
  dayRel?: number;
  /** A decade: its first year (1990년대 → 1990), or two digits to place against the publication date (90년대 → 90). */
  decade?: number;
  decadeShort?: boolean;
  mod?: Mod;
  /** What the text says about the date's side of the publication date (지난 → past, 오는 → future). */
  direction?: Direction;
  /** A span of days or years (3∼5일, 2005∼2015년): recognized, but given no single value. */
  range?: boolean;
  /** A word pointing back to an event's day, month or year (이날, 전날, 이듬해), with its offset. */
  anchor?: { unit: Unit; offset: number };
  /** A day number listed before a day that carries 일 for both (13 in 13, 14일): its month is that day's. */
  listed?: boolean;
}

export interface Parsed {
  parts: DateParts;
  /** Leading characters of the match that are not part of the expression (오는 in 오는 15일). */
  skip?: number;
}

export type Groups = Partial<Record<string, string>>;

/** A number (`digits`), or one of `words` (a space inside a word optional, as `alternation` writes it). */
export interface Starts {
  digits: boolean;
  /** With `digits`: the characters that may follow the number a match starts with (the 년 of 2025년). */
  afterDigits?: string;
  words: readonly string[];
}

/**
 * One date form. `pattern` is a regex source with named groups that matches the form where it starts
 * (boundaries included); the scanner joins every parser's pattern into one regex. `extract` reads the
 * groups of a match, or returns null to reject it.
 */
export interface Parser {
  pattern: string;
  /** What a match can start with, so the scanner skips other positions fast. */
  starts: Starts;
  extract(groups: Groups): Parsed | null;
}
