// The publication date from a dateline or byline: 입력 2018.05.22 (18:38), 기사입력 : 2025-06-06 10:00,
// 등록 2019년 4월 9일; else a full date with a clock time (기자 2008.11.19 10:30:22, 2019.02.25 오후 01:06);
// else a wire photo's credit date (2020.10.16/뉴스1, 2025.10.29. kim@newsis.com).
import { dayValue, isValidDay } from './calendar.js';
import { alternation, loadLexicon } from './lexicon.js';
import type { Segmented } from '../../types.js';

const WORDS = loadLexicon('dateline-words.tsv');
const KIND = new Map(WORDS.map((r) => [r[0], r[1]]));

const date = (sep: string): string => `(?<![0-9/])(?<y>(?:19|20)\\d\\d)${sep}(?<m>1[0-2]|0?[1-9])${sep}(?<d>3[01]|[12]\\d|0?[1-9])(?![0-9])`;
const DATE = date('[ \\t]?(?:[.\\-/]|[년월])[ \\t]?');
const LABELLED = new RegExp(`(?<![가-힣])(?<word>${alternation(WORDS.map((r) => r[0]))})[ \\t]{0,3}[:：|]?[ \\t]{0,3}${DATE}`, 'g');
// A stamp: the date, an optional 일 or dot, then a clock time (14:30, (14:30), 오후 01:06).
const STAMP = new RegExp(`${DATE}[일.]?[ \\t]{0,3}(?:오전|오후)?[ \\t]?\\(?[0-2]?\\d:[0-5]\\d`, 'g');
// A photo credit: the date, then a slash and the agency or a dot and the photographer's e-mail.
const CREDIT = new RegExp(`${date('\\.')}(?:[ \\t]?/[ \\t]?[가-힣A-Za-z]|\\.[ \\t][A-Za-z0-9._-]+@)`, 'g');

/** The publication date (YYYY-MM-DD) the text gives, or null. A first-publication date wins over an edit's. */
export function inferRefDate(seg: Segmented): string | null {
  let modified: string | null = null;
  for (const m of seg.text.matchAll(LABELLED)) {
    const value = valueOf(m.groups!);
    if (!value || inSkip(seg, m.index)) continue;
    if (KIND.get(m.groups!.word) === 'published') return value;
    modified ??= value;
  }
  return modified ?? firstDate(seg, STAMP) ?? firstDate(seg, CREDIT);
}

function firstDate(seg: Segmented, re: RegExp): string | null {
  for (const m of seg.text.matchAll(re)) {
    const value = valueOf(m.groups!);
    if (value && !inSkip(seg, m.index)) return value;
  }
  return null;
}

function valueOf(g: Record<string, string>): string | null {
  const [y, m, d] = [+g.y, +g.m, +g.d];
  return isValidDay(y, m, d) ? dayValue(y, m, d) : null;
}

function inSkip(seg: Segmented, at: number): boolean {
  return seg.skip.some((s) => s.start <= at && at < s.end);
}
