// Headline rules: a speaker phrase set bare before the quote, with no particle, as headlines and
// subheads write it: 김정은 “…”, 한도윤 감독, "…", 靑, 北 동향에 "…", 최서준 “…”, 윤하린 “…”.
import type { DocContext } from './context.js';
import { isForeignNameWord } from '../../recognize/persons/name-shape.js';
import { isOrganization, isReporterTitle, looksLikeName, titleEnding } from './lexicons.js';
import { clauseNoun } from '../cues/verbs.js';
import { isNonSubject, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';
import { loadList } from '../lexicon.js';

const HEADLINE_VERBS = new Set(loadList('speakers/headline-verbs.txt'));

/** A phrase ending in a case particle (면담에서, 위원장과) is no headline subject. */
const CASE_ENDING = /(?:에서|에게|에|과|와|을|를|의|로|도|만)$/;
/** A phrase ending as an adverbial does, a topic after it included (참변에는, 회담에선): about something. */
const ADVERBIAL = /(?:에|에서|에게|로|으로|과|와|을|를|의|도|만)(?:는|선|도)?$|엔$/;
/** Words that end a clause: a prefix holding one is running text, not a headline. */
const CLAUSE_END = /(?:다|며|고|자|면|서|니|지만|는데|했|하여|해|돼|됐)$/;
/** A word ending a clause, but not a body's name that ends so (삼성전자, 경찰서, 피고 is no …고). */
const endsClause = (w: Word): boolean => CLAUSE_END.test(w.text) && !isOrganization(w.text) && !clauseNoun(w.text);

/** Bracketed tags: [영상], 【서울=뉴스】, <인터뷰>. */
const TAGS = /\[[^\]\n]*\]|【[^】\n]*】|<[^>\n]*>/g;
/** What bareWords trims from a word's ends (its trimming regex's leading and trailing classes). */
const LEADING_MARK = /^[\s,.…·/▲△■□●○◆◇-]/;
const TRAILING_MARK = /[\s,.…·]$/;

/** Whether [from, to) holds a mark that opens a tag: most prefixes have none and skip the tag search. */
function hasTagOpener(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x3c || c === 0x3010) return true; // [ < 【
  }
  return false;
}

/**
 * Words of a headline prefix: bracketed tags ([영상]) and single-quoted titles (‘마지막 인사’) dropped,
 * list marks (◇, ▲) and punctuation trimmed, and 반대...야당 cut at the ellipsis. Stops after `max` + 1
 * words, enough for a caller that wants at most `max` (a long sentence is then not read to its end).
 */
function bareWords(ctx: DocContext, from: number, to: number, max = Infinity): Word[] {
  const out: Word[] = [];
  const tags = hasTagOpener(ctx.text, from, to) ? [...ctx.text.slice(from, to).matchAll(TAGS)].map((m) => [from + m.index, from + m.index + m[0].length]) : [];
  for (const w of ctx.wordsIn(from, to)) {
    if (tags.some(([a, b]) => w.start < b && a < w.end) || /[‘’'“”"]/.test(w.text)) continue;
    const ellipsis = w.text.lastIndexOf('…');
    const dots = w.text.lastIndexOf('..');
    if (ellipsis < 0 && dots < 0 && !LEADING_MARK.test(w.text) && !TRAILING_MARK.test(w.text)) {
      // Nothing to cut, as for most words: the word itself, without the trimming regex, slice and search.
      out.push({ start: w.start, end: w.end, text: w.text });
      if (out.length > max) break;
      continue;
    }
    const start = w.start + Math.max(ellipsis >= 0 ? ellipsis + 1 : 0, dots >= 0 ? dots + 2 : 0);
    const m = /^[\s,.…·/▲△■□●○◆◇-]*(.*?)[\s,.…·]*$/.exec(ctx.text.slice(start, w.end));
    if (!m || m[1].length === 0) continue;
    const lead = ctx.text.indexOf(m[1], start);
    out.push({ start: lead, end: lead + m[1].length, text: m[1] });
    if (out.length > max) break;
  }
  return out;
}

/** Where the text after the last ellipsis (… or ..) starts, or 0. */
function afterEllipsis(prefix: string): number {
  const ellipsis = prefix.lastIndexOf('…');
  const dots = prefix.lastIndexOf('..');
  return Math.max(ellipsis < 0 ? 0 : ellipsis + 1, dots < 0 ? 0 : dots + 2);
}

/** A person only by a recognizer's name or a title (반도체 수출 is no name), or any body or source. */
const sure = (r: Resolved) => r.kind !== 'person' || r.entity !== null || r.title !== '';

function phrase(ctx: DocContext, ws: Word[], loose: boolean): Resolved | null {
  if (ws.length === 0 || CASE_ENDING.test(ws[ws.length - 1].text)) return null;
  return resolvePhrase({ start: ws[0].start, end: ws[ws.length - 1].end, words: ws, particle: '' }, ctx, loose);
}

/** The words right before the mark in a short, verbless prefix: 김정은 “, 김도현 장관 ", ◇파월 “. */
export function adjacentHeadline(ctx: DocContext, from: number, to: number): Resolved | null {
  // An ellipsis closes another clause: only what follows it may name the speaker (통합 우승…염경엽 감독 “…”),
  // and nothing does when it stands right before the mark (김정은, 진수식 참석…“…”).
  const prefix = ctx.text.slice(from, to);
  const cut = afterEllipsis(prefix);
  if (cut > 0 && prefix.slice(cut).trim() === '') return null;
  let words = bareWords(ctx, from + cut, to, 4);
  if (words.length === 0 || words.length > 4 || words.some(endsClause)) return null;
  const setting = words.findLastIndex((w) => isNonSubject(w.text)); // 폭염 속 노동자들: the phrase starts after 속
  if (setting >= 0) words = words.slice(setting + 1);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const r = phrase(ctx, words.slice(-k), words.length === 1);
    if (r) return r;
  }
  return null;
}

/**
 * Whether a bare headline quote is followed by an ellipsis and a short phrase of its own before the next
 * quote (대통령실 “…”…비주류 “…”): the next quote is another side's, not the first speaker's, even when the
 * phrase names no one the article knows.
 */
export function otherSide(ctx: DocContext, from: number, to: number): boolean {
  const prefix = ctx.text.slice(from, to);
  const cut = afterEllipsis(prefix);
  if (cut === 0 || !/^[\s….]*$/.test(prefix.slice(0, cut))) return false;
  const words = bareWords(ctx, from + cut, to, 2);
  if (words.length === 0 || words.length > 2 || words.some(endsClause)) return false;
  // …국회서 “…”, …추경 편성 촉구 “…”: a setting or an act of the same speaker, not someone new.
  const last = words[words.length - 1].text;
  return !ADVERBIAL.test(last) && !last.endsWith('서') && !HEADLINE_VERBS.has(last);
}

/** A transcript's speaker label opening the line before a quote: 사회자: “…”, ▲김 교수 : “…”. */
const QA_MARK = /^(?:답|문|대답|질문|응답|A|Q)$/;
const LABEL = /^[\s▲■●◇-]*([가-힣A-Za-z][가-힣A-Za-z ]{0,19}?) ?:[ \t]*$/;

/**
 * The speaker a transcript's label names (김도윤 교수: “…”), or `undefined` when the line has no label;
 * null when it has one naming no one known: that line is someone's, never the last speaker's by default.
 */
export function labelSpeaker(ctx: DocContext, open: number): Resolved | null | undefined {
  let colon = open - 1; // most quotes have no colon right before them: nothing else is read
  while (colon > 0 && (ctx.text.charCodeAt(colon) === 0x20 || ctx.text.charCodeAt(colon) === 0x09)) colon--;
  if (ctx.text.charCodeAt(colon) !== 0x3a) return undefined;
  // The line's start, looked for over a label's length only (a huge line stays linear).
  let lineStart = open;
  while (lineStart > 0 && open - lineStart <= 24 && ctx.text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  if (lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 0x0a) return undefined;
  const m = LABEL.exec(ctx.text.slice(lineStart, open));
  if (!m || QA_MARK.test(m[1])) return undefined; // 답: “…”: an interview's answer mark, not a name
  const from = lineStart + m[0].indexOf(m[1]);
  const words = ctx.wordsIn(from, from + m[1].length).map((w) => (w.text.endsWith(':') ? { start: w.start, end: w.end - 1, text: w.text.slice(0, -1) } : w));
  if (words.length > 3) return null;
  // 에반스: “…”: a lone label shaped like a name (transliterated, or a Korean name of three letters) is one.
  const named = words.length === 1 && (isForeignNameWord(words[0].text) || (words[0].text.length >= 3 && looksLikeName(words[0].text)));
  return phrase(ctx, words, named);
}

/**
 * The subject standing first: before the first comma (靑, 北 동향에 "…", 이 대통령, 국제 포럼서 “…”)
 * or, for a person, as the prefix's first words (김도현 장관 첫 출근 “…”).
 */
export function leadingHeadline(ctx: DocContext, from: number, to: number): Resolved | null {
  const comma = ctx.text.slice(from, to).indexOf(',');
  const words = bareWords(ctx, from, to);
  if (words.length === 0) return null;
  if (comma > 0) {
    const first = words.filter((w) => w.end <= from + comma);
    if (first.length >= 1 && first.length <= 3) {
      // 코스피, 2% 급락…“…”: a lone unknown word there is what the headline is about, unless shaped as a
      // Korean name (전효성, 과거 사진 “…”).
      const r = phrase(ctx, first, first.length === 1);
      if (r && (sure(r) || looksLikeName(r.name))) return r;
    }
  }
  // After an ellipsis a new clause starts (트럼프 압박에도… 연준 만장일치 “동결”): its subject stands first.
  const cut = afterEllipsis(ctx.text.slice(from, to));
  if (cut > 0) {
    const after = bareWords(ctx, from + cut, to, 3);
    // …이란 참변에는 “…”: a clause ending in a case particle is about something, not someone speaking.
    const r = after.length > 0 && after.length <= 3 && !ADVERBIAL.test(after[after.length - 1].text) ? phrase(ctx, after.slice(0, 1), false) : null;
    return r && sure(r) ? r : null;
  }
  if (words.some(endsClause)) return null;
  const r = phrase(ctx, words.slice(0, Math.min(2, words.length)), false);
  if (r?.kind === 'person' && sure(r)) return r;
  // 폭우 속 김정은 공장 찾아 “…”: the one person the headline names, bare.
  const named = words.filter((w) => ctx.mentionsIn(w.start, w.end).some((m) => m.entity.type === 'PERSON' && m.text === w.text));
  return named.length === 1 ? phrase(ctx, named, false) : null;
}

/**
 * A headline that names the speaker after the quote: right after an ellipsis, before a comma
 * ("…"…김도현 감독, 3연승에 미소; "…"…주민들, 이전 요구), opening one that ends on a verbal noun of speech
 * ("…"…환자단체 대책 촉구), as a titled person opening the clause after it ("…"…이창용 총재 신중론), or
 * at its end ("…"... 고향에서 '화합' 외친 박도윤).
 */
export function trailingHeadline(ctx: DocContext, from: number, lineEnd: number): Resolved | null {
  const line = ctx.text.slice(from, lineEnd);
  const comma = line.indexOf(',');
  if (comma > 0 && /^\s*(?:…|\.\.)/.test(line)) {
    const first = bareWords(ctx, from, from + comma, 3);
    const r = first.length <= 3 ? phrase(ctx, first, first.length === 1) : null;
    if (r && sure(r)) return r;
  }
  const words = bareWords(ctx, from, lineEnd);
  const last = words[words.length - 1];
  const afterEllipsis = /^\s*(?:…|\.\.)/.test(line);
  // “…”…환자단체 대책 촉구, “…”…전통시장 상인들 호소: a headline ending on a verbal noun of demand or speech
  // opens with who said it: the words before the verb when they name someone, else the first word.
  if (words.length >= 2 && words.length <= 4 && HEADLINE_VERBS.has(last.text) && afterEllipsis) {
    const before = words.length >= 3 ? phrase(ctx, words.slice(0, -1), false) : null;
    const r = before && sure(before) ? before : phrase(ctx, words.slice(0, 1), true);
    if (r && sure(r)) return r;
  }
  // “…”…이창용 총재 신중론: a titled person opening the clause after the quote.
  if (afterEllipsis && words.length >= 2 && words.length <= 4 && titleEnding(words[1].text) === words[1].text) {
    const r = phrase(ctx, words.slice(0, 2), false);
    if (r?.kind === 'person' && sure(r)) return r;
  }
  if (!last || words.length > 8) return null;
  // A last word shaped like a name (신중론 is 신 + 중론) speaks only when a recognizer or a title says it is one.
  const r = phrase(ctx, [last], false);
  return r?.kind === 'person' && sure(r) ? r : null;
}

/** The subject a headline or subhead without quotes names before its comma: 김 위원장, 공장 찾아. */
export function headlineSubject(ctx: DocContext, from: number, to: number): Resolved | null {
  const text = ctx.text.slice(from, to);
  const comma = text.indexOf(',');
  if (comma <= 0 || /다[.!?]?$/.test(text)) return null; // running text, not a headline
  const first = bareWords(ctx, from, from + comma, 2);
  if (first.length === 0 || first.length > 2) return null;
  // 李 여수, 순천 찾아: 李 alone; but 무한질주 하예린, …: the person a recognizer found second, the show first.
  const second = first[1];
  const personSecond = second !== undefined && ctx.mentionsIn(second.start, second.end).some((m) => m.entity.type === 'PERSON' && m.text === second.text);
  const r = personSecond ? phrase(ctx, first, false) : (phrase(ctx, first.slice(0, 1), true) ?? phrase(ctx, first, false));
  return r && (r.kind === 'person' || first.length === 1) ? r : null;
}

/** A photo credit closing a caption: (사진=한빛소프트), [사진=연합뉴스], /뉴스1. */
const CREDIT = /\s*(?:[(\[][^()\[\]\n]*=[^()\[\]\n]*[)\]]|\/[^/\n]{1,20})\s*$/;

/**
 * A caption line that is only a titled person's name, its photo credit aside (박도윤 미래당 대선 후보,
 * 이준호 한빛소프트 대표 (사진=한빛소프트)): that person, or null. Bylines (파리=… 기자) are none.
 */
export function captionPerson(ctx: DocContext, from: number, to: number): Resolved | null {
  if (to - from > 90) return null; // captions are short; the credit pattern is then read over a short line only
  const text = ctx.text;
  const closing = text.charCodeAt(to - 1);
  const credit = closing === 0x29 || closing === 0x5d || hasSlash(text, from, to) ? CREDIT.exec(text.slice(from, to)) : null; // ) ]
  let end = credit ? from + credit.index : to;
  if (text.charCodeAt(end - 1) === 0x2e) end--; // 기자회견을 하는 최태식 의원.
  // Most lines end otherwise than on a title: that is tested first, on the last word alone.
  const last = text.slice(Math.max(from, text.lastIndexOf(' ', end - 1) + 1), end);
  if (!titleEnding(last) || isReporterTitle(last) || end - from > 80 || /[=@]/.test(text.slice(from, end))) return null;
  let words = ctx.wordsIn(from, end);
  if (words.length === 0) return null;
  // 기자회견을 하는 최태식 의원: what the picture shows, then the titled name it shows.
  const shows = words.findLastIndex((w) => w.text.length > 1 && ADNOMINAL_VERB.test(w.text) && !looksLikeName(w.text));
  if (shows >= 0) words = words.slice(shows + 1);
  if (words.length === 0 || words.length > 5) return null;
  const r = resolvePhrase({ start: words[0].start, end, words, particle: '' }, ctx, false);
  return r?.kind === 'person' ? r : null;
}

/** Whether the end of [from, to) holds a / (a credit like /뉴스1 is at most 21 characters long). */
function hasSlash(text: string, from: number, to: number): boolean {
  for (let i = Math.max(from, to - 22); i < to; i++) if (text.charCodeAt(i) === 0x2f) return true;
  return false;
}

/** A verb describing what a caption's picture shows: 하는, 발언하는, 입장한, 밝히고 있는. */
const ADNOMINAL_VERB = /(?:하는|있는|한|된|던)$/;

/** Words that head an interview's questions and answers. */
const INTERVIEW = /^(?:일문일답|인터뷰|문답)/;
/** A heading is short: a longer unit is running text that mentions an interview. */
const HEADING_MAX = 40;

/**
 * The person an interview heading names (손흥민 선수와의 일문일답, 일문일답 - 정인숙 사무총장): the bare
 * answers after it are theirs.
 */
export function interviewHeading(ctx: DocContext, from: number, to: number): Resolved | null {
  if (to - from > HEADING_MAX) return null;
  const words = bareWords(ctx, from, to);
  const k = words.findIndex((w) => INTERVIEW.test(w.text));
  if (k < 0) return null;
  if (k === 0) return phrase(ctx, words.slice(1, 4), true);
  const last = words[k - 1];
  const m = /(?:와|과)의$/.exec(last.text);
  if (!m) return null;
  const person = { start: last.start, end: last.end - m[0].length, text: last.text.slice(0, -m[0].length) };
  return phrase(ctx, [...words.slice(Math.max(0, k - 3), k - 1), person], true);
}
