// A firm named by any stem and a line of business (황보건설, 누리실업, 한빛기술공사), taken only before its
// head's title, with or without the head's name between (누리실업 대표, 한빛건설 홍민 회장): alone such a
// word is as often an industry or an activity (자동차산업, 해외개발) as a firm.
import { EndTable } from './ends.js';
import { readList } from './lists.js';
import { isHangul } from './scan.js';

const LINES = [...readList('business-words.txt'), ...readList('firm-endings.txt')];
const LINE_SET = new Set(LINES);
const LINE_ENDS = new EndTable(LINES);
/** The last two characters of the lines of business (1: last, 2: the one before), by UTF-16 code. */
export const LINE_LAST_TWO = new Uint8Array(0x10000);
for (const l of LINES) {
  LINE_LAST_TWO[l.charCodeAt(l.length - 1)] |= 1;
  LINE_LAST_TWO[l.charCodeAt(l.length - 2)] |= 2;
}
const LONGEST_LINE = Math.max(...LINES.map((l) => l.length));
const TITLES = ['대표이사', '대표', '부회장', '회장', '부사장', '사장', '전무', '상무'];
const TITLE_FIRST = new Uint8Array(0x10000);
for (const t of TITLES) TITLE_FIRST[t.charCodeAt(0)] = 1;
// Syllables after a title that make another word of it (대표단, 회장단, 대표적, 사장되다).
const MADE_FROM_TITLE = new Set([...'단팀적작성곡되돼'].map((c) => c.charCodeAt(0)));

function titleAt(text: string, at: number): boolean {
  if (TITLE_FIRST[text.charCodeAt(at)] === 0) return false;
  const title = TITLES.find((t) => text.startsWith(t, at));
  return title !== undefined && !MADE_FROM_TITLE.has(text.charCodeAt(at + title.length));
}

const JEON = '전'.charCodeAt(0);

/** A title one space after `end`, or after 전 (former) or a name of two or three syllables there (홍민 회장). */
function titleAfter(text: string, end: number): boolean {
  if (titleAt(text, end + 1)) return true;
  if (text.charCodeAt(end + 1) === JEON && text.charCodeAt(end + 2) === 0x20) return titleAt(text, end + 3);
  for (let n = 2; n <= 3; n++) {
    const space = end + 1 + n;
    if (text.charCodeAt(space) === 0x20 && isHangul(text.charCodeAt(space - 1)) && isHangul(text.charCodeAt(end + 1)) && (n === 2 || isHangul(text.charCodeAt(end + 2)))) {
      return titleAt(text, space + 1);
    }
  }
  return false;
}

/** The length of the firm's name making up the word text[start, end) before a title, or 0. */
export function firmBeforeTitle(text: string, start: number, end: number): number {
  if (end - start < 4 || text.charCodeAt(end) !== 0x20 || !LINE_ENDS.endsAt(text, start, end - 1) || !titleAfter(text, end)) return 0;
  for (let i = start; i < end; i++) if (!isHangul(text.charCodeAt(i))) return 0;
  for (let n = Math.min(LONGEST_LINE, end - start - 2); n >= 2; n--) if (LINE_SET.has(text.slice(end - n, end))) return end - start;
  return 0;
}
