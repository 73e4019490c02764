// The publication date from a dateline or byline: 입력 2018.05.22 (18:38), 기사입력 2025-06-06 10:00,
// 등록 2019년 4월 9일; else a full date followed by a clock time on a line of its own (2019.04.09 14:30).
import { dayValue, isValidDay } from './calendar.js';
import { alternation, loadLexicon } from './lexicon.js';
import type { Segmented } from '../../types.js';

const WORDS = loadLexicon('dateline-words.tsv');
const KIND = new Map(WORDS.map((r) => [r[0], r[1]]));

const SEP = '[ \\t]?(?:[.\\-/]|[년월])[ \\t]?';
const DATE = `(?<y>(?:19|20)\\d\\d)${SEP}(?<m>1[0-2]|0?[1-9])${SEP}(?<d>3[01]|[12]\\d|0?[1-9])(?![0-9])`;
const LABELLED = new RegExp(`(?<![가-힣])(?<word>${alternation(WORDS.map((r) => r[0]))})[ \\t]{0,3}[:：]?[ \\t]{0,3}${DATE}`, 'g');
// A stamp line: the date, an optional 일 or dot, then a clock time (14:30).
const STAMP = new RegExp(`^[ \\t]*${DATE}[일.]?[ \\t]{0,3}\\(?[0-2]?\\d:[0-5]\\d`, 'gm');

/** The publication date (YYYY-MM-DD) the text gives, or null. A first-publication date wins over an edit's. */
export function inferRefDate(seg: Segmented): string | null {
  let modified: string | null = null;
  for (const m of seg.text.matchAll(LABELLED)) {
    const value = valueOf(m.groups!);
    if (!value || inSkip(seg, m.index)) continue;
    if (KIND.get(m.groups!.word) === 'published') return value;
    modified ??= value;
  }
  if (modified) return modified;
  for (const m of seg.text.matchAll(STAMP)) {
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
