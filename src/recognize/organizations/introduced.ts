// Outlets and firms told by the words around them: a word that introduces one before the name (영국
// 일간 가디언은, 전문매체인 '더힐'이, 소속사 누리엔터, 법무법인 한빛), or 보도 after it (누리일보가 9일
// 보도했다, 누리일보 보도에 따르면), or 전했다 after a name that ends like an outlet's (누리넷이 전했다;
// persons relay words too, so other names are left), or a film's credits in brackets ((제작 한빛필름)).
// data/introducers.txt lists the introducing words and the words that are no name.
// Most words have neither next to them; two character checks pass them over.
import { splitParticle } from '../../korean/particles.js';
import { placesAt } from '../places/index.js';
import { EndTable } from './ends.js';
import { readList } from './lists.js';
import { CLOSING_MARKS, isHangul, isWordLetter, OPENING_MARKS } from './scan.js';


const WORDS = readList('introducers.txt');
const INTRODUCERS = new Set(WORDS.filter((w) => !w.startsWith('=')));
const NOT_NAMES = new Set(WORDS.filter((w) => w.startsWith('=')).map((w) => w.slice(1)));
// Compounds ending with these introduce a name too (국제뉴스매체, 선거홍보대행사).
const INTRODUCER_TAILS = ['매체', '대행사', '제작사'];
/** How introducing words end (their last two characters), which may be written on with 인 (전문매체인). */
const INTRODUCER_ENDS = new EndTable([...INTRODUCERS, ...INTRODUCER_TAILS]);
const IN = '인'.charCodeAt(0);
// The outlet as the subject of 보도했다 (not 발표했다고 보도했다), or whose 보도 is cited.
const REPORTED_AFTER = /^['’"”]?(?:이|가|은|는) (?:[0-9]{1,2}일(?:\([^)]{1,6}\))? )?보도(?:했|하|한)|^['’"”]?의? 보도에 따르면/;
const NAME = /^[A-Za-z가-힣][0-9A-Za-z가-힣&]{1,11}$/;
const RELAYED_AFTER = /^['’"”]?(?:이|가|은|는) (?:[0-9]{1,2}일(?:\([^)]{1,6}\))? )?전(?:했|한다)/;
const OUTLET_ENDS = [...readList('media-endings.txt'), '넷', '온라인'];
// The particles of a subject or topic (이 가 은 는), the only words 전했다 is looked for after.
const SUBJECT_ENDS = new Uint8Array(0x10000);
for (const c of '이가은는') SUBJECT_ENDS[c.charCodeAt(0)] = 1;

/** Where a word (보도, 전했) next occurs in one document, looked up again only when the words have passed it. */
export class Reports {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly word = '보도',
  ) {}

  /** True when the word starts in [from, to); `from` must never decrease from call to call. */
  within(from: number, to: number): boolean {
    if (this.at !== -1 && this.at < from) this.at = this.text.indexOf(this.word, from);
    return this.at !== -1 && this.at < to;
  }
}

/**
 * What a name reported or relayed is followed by (REPORTED_AFTER and RELAYED_AFTER need one of these): a
 * closing mark, or a space and a word that 보도, 전했 or a date begins (these by UTF-16 code).
 */
export const TOLD_AFTER_SPACE = new Uint8Array(0x10000);
for (const c of '0123456789보전') TOLD_AFTER_SPACE[c.charCodeAt(0)] = 1;
const toldAfter = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 0x20 ? TOLD_AFTER_SPACE[text.charCodeAt(end + 1)] === 1 : CLOSING_MARKS[text.charCodeAt(end)] === 1;

/** The length of a name told by the words around the word text[start, end), or 0. */
export function introducedAt(text: string, start: number, end: number, reports: Reports, relays: Reports): number {
  const introduced = introducerBefore(text, start);
  const told = !introduced && toldAfter(text, end);
  const reported = told && reports.within(end, end + 24);
  const relayed = told && !reported && SUBJECT_ENDS[text.charCodeAt(end - 1)] === 1 && relays.within(end, end + 24);
  if (!introduced && !reported && !relayed) return 0;
  const [name] = splitParticle(text.slice(start, end));
  // 법무법인 세종, 재단법인 한강: after 법인 a place's name is the firm's.
  const firm = introduced && text.startsWith('법인', start - 3 - (OPENING_MARKS[text.charCodeAt(start - 1)] === 1 ? 1 : 0));
  if (!NAME.test(name) || NOT_NAMES.has(name) || (!firm && placesAt(name, 0)[0]?.end === name.length)) return 0;
  // 시민단체 “즉각 철회하라”: a name in marks is all the marks hold, but for a gloss ('신보(信報)').
  const next = text.charCodeAt(start + name.length);
  if (OPENING_MARKS[text.charCodeAt(start - 1)] === 1 && CLOSING_MARKS[next] !== 1 && next !== 0x28) return 0;
  if (introduced) return name.length;
  const after = text.slice(start + name.length, start + name.length + 24);
  if (reported) return REPORTED_AFTER.test(after) ? name.length : 0;
  return OUTLET_ENDS.some((e) => name.length > e.length && name.endsWith(e)) && RELAYED_AFTER.test(after) ? name.length : 0;
}

// A film's credits in brackets: ‘누리의 밤’(제작 한빛필름) names its production or distribution company.
const CREDIT_WORDS = ['제작', '배급', '수입', '제작사', '배급사'];
const CREDITS = new Set(CREDIT_WORDS.map((w) => `(${w}`));
const CREDIT_ENDS = new EndTable(CREDIT_WORDS);
/** The last characters of the introducing words, 전문매체인's 인 and the credits, by UTF-16 code. */
export const INTRODUCER_LAST = new Uint8Array(0x10000);
for (const w of [...INTRODUCERS, ...INTRODUCER_TAILS, '인', ...CREDIT_WORDS]) INTRODUCER_LAST[w.charCodeAt(w.length - 1)] = 1;

/** True when the word at `start` follows `(제작 ` or the like; the bracket is looked for first. */
function credited(text: string, start: number): boolean {
  const open = text.charCodeAt(start - 4) === 0x28 ? start - 4 : text.charCodeAt(start - 5) === 0x28 ? start - 5 : -1;
  return open >= 0 && CREDITS.has(text.slice(open, start - 1));
}

function introducerBefore(text: string, start: number): boolean {
  let space = start - 1;
  if (OPENING_MARKS[text.charCodeAt(space)] === 1) space--;
  if (text.charCodeAt(space) !== 0x20) return false;
  const last = text.charCodeAt(space - 1);
  if (!INTRODUCER_ENDS.endsAt(text, 0, space - 1) && !(last === IN && INTRODUCER_ENDS.endsAt(text, 0, space - 2))) {
    return space === start - 1 && CREDIT_ENDS.endsAt(text, 0, space - 1) && credited(text, start);
  }
  let from = space;
  while (from > 0 && space - from < 12 && isHangul(text.charCodeAt(from - 1))) from--;
  if (from > 0 && isWordLetter(text.charCodeAt(from - 1))) return false; // not a whole word: the 일간 of 3일간
  const word = text.slice(from, space);
  return introduces(word) || (last === IN && introduces(word.slice(0, -1))); // 전문매체인
}

const introduces = (word: string): boolean => INTRODUCERS.has(word) || INTRODUCER_TAILS.some((t) => word.endsWith(t));
