// Stage 1: the text as lines, each cut into regions of one kind (headline, caption, byline, body),
// plus the markup no recognizer should read (a markdown image's `![`, `](url)`). Captions are
// markdown images and lines closed by a photo credit; bylines are reporter, agency and dateline
// lines; headlines the unpunctuated lines above the body.
import type { SentenceKind } from '../types.js';
import { isCloser, isSpace, isTerminal } from './chars.js';

export interface Region {
  start: number;
  end: number;
  kind: SentenceKind;
  /** false: the region is one sentence as it stands (a byline). */
  split: boolean;
}

export interface Range {
  start: number;
  end: number;
}

// Bylines at a line start. Bounded repeats only, so each test is constant time. An agency bracket may
// go on with the reporter and a `=` before the story: [워싱턴=가상통신] 이수진 특파원 = …
const REPORTER_TAIL = '(?:[ \\t]{0,3}[가-힣]{2,4}(?:[ ·,]{1,2}[가-힣]{2,4}){0,3}[ \\t]{0,3}(?:기자|특파원|통신원)[ \\t]{0,3}=)?';
// [헤럴드경제=신대원 기자] · 【서울=뉴시스】 (a bracket without = or 기자, [단독], stays in the body)
const BRACKET_BYLINE = new RegExp(`[[【][^[\\]【】\\n]{0,40}(?:=|기자|특파원|통신원)[^[\\]【】\\n]{0,30}[\\]】]${REPORTER_TAIL}`, 'y');
// (서울=연합뉴스) 홍길동 기자 =
const PAREN_BYLINE = new RegExp(`\\([^()=\\n]{1,20}=[^()\\n]{1,20}\\)${REPORTER_TAIL}`, 'y');
// 입력 2018.05.22 (18:38) · 기사입력 2025-06-06 10:00 · 입력 | 2019-04-09
const DATELINE = /(?:기사입력|최종수정|입력|수정|등록|승인|송고|업데이트|발행)[ \t]{0,3}[:|]?[ \t]{0,3}\d{4}[.\-/년]/y;
// 신대원 기자 · 홍길동 특파원 · 공주=김경필 기자 (a line of its own)
const REPORTER_LINE = /(?:[가-힣]{1,10}=)?[가-힣]{2,4}(?:[ ·,]{1,2}[가-힣]{2,4}){0,3}[ \t]{0,3}(?:기자|특파원|통신원)/y;
// A photo credit closing a caption line: …있다. /뉴스1 · /AP 연합뉴스 · ⓒ헤드라인제주 · (사진=청와대 제공)
// · 그래픽=홍길동 · /로이터·뉴스1 · …있다. 인천=연합뉴스
const CREDIT_END =
  /(?:\/ ?[가-힣A-Za-z0-9·]{1,15}(?: [가-힣A-Za-z0-9·]{1,12}){0,2}|ⓒ ?[^\s/]{1,20}|[(\[]?(?:사진|그래픽|자료|영상|그림) ?(?:제공)? ?[=:][^()[\]\n]{1,30}[)\]]?|[.] [가-힣]{1,6}=[가-힣A-Za-z0-9]{1,10})$/;
const CREDIT_TAIL = 48;
/** Longer lines that end in a credit are body text with the agency glued on (…고 말했다./연합). */
const CAPTION_MAX = 160;
// A reporter's e-mail (only tested on short lines).
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/;

const SHORT_LINE = 80;
const HEADLINE_MAX = 200;

/** Cuts the text into regions in document order, and collects the markup ranges into `skip`. */
export function lineRegions(text: string, skip: Range[]): Region[] {
  const regions: Region[] = [];
  const lines: Range[] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const t = trim(text, s, e);
    if (t.start < t.end) lines.push(t);
    s = e + 1;
  }
  let head = lines.length > 1; // headlines exist only above a body
  for (const line of lines) {
    const kind = lineKind(text, line, regions, skip);
    if (kind === 'byline' || kind === 'caption') continue;
    if (head && kind === 'rest' && line.end - line.start <= HEADLINE_MAX && !endsSentence(text, line)) {
      regions.push({ start: line.start, end: line.end, kind: 'headline', split: true });
      continue;
    }
    head = false;
    if (kind === 'rest') regions.push({ start: line.start, end: line.end, kind: 'body', split: true });
  }
  return regions;
}

/**
 * Handles caption and byline lines (pushing their regions); a line that only starts with a byline
 * gets its body pushed too and counts as body. Returns what the line was.
 */
function lineKind(text: string, line: Range, out: Region[], skip: Range[]): 'caption' | 'byline' | 'body' | 'rest' {
  const { start, end } = line;
  const c = text.charCodeAt(start);
  if (c === 0x21 && text.charCodeAt(start + 1) === 0x5b) {
    const img = image(text, start, end);
    if (img) {
      skip.push({ start, end: start + 2 }, { start: img.altEnd, end: img.close });
      const alt = trim(text, start + 2, img.altEnd);
      if (alt.start < alt.end) out.push({ start: alt.start, end: alt.end, kind: 'caption', split: true });
      const rest = trim(text, img.close, end);
      if (rest.start < rest.end) out.push({ start: rest.start, end: rest.end, kind: 'body', split: true });
      return 'caption';
    }
  }
  if (end - start <= CAPTION_MAX && CREDIT_END.test(text.slice(Math.max(start, end - CREDIT_TAIL), end))) {
    out.push({ start, end, kind: 'caption', split: true });
    return 'caption';
  }
  if (end - start <= SHORT_LINE && (match(DATELINE, text, start) > 0 || match(REPORTER_LINE, text, start) === end)) {
    out.push({ start, end, kind: 'byline', split: false });
    return 'byline';
  }
  if (end - start <= SHORT_LINE && !endsSentence(text, line)) {
    const line = text.slice(start, end);
    if (line.includes('@') && EMAIL.test(line)) {
      out.push({ start, end, kind: 'byline', split: false });
      return 'byline';
    }
  }
  const by = c === 0x5b || c === 0x3010 ? match(BRACKET_BYLINE, text, start) : c === 0x28 ? match(PAREN_BYLINE, text, start) : 0;
  if (by > 0) {
    const b = trim(text, start, Math.min(by, end));
    out.push({ start: b.start, end: b.end, kind: 'byline', split: false });
    const rest = trim(text, b.end, end);
    if (rest.start < rest.end) out.push({ start: rest.start, end: rest.end, kind: 'body', split: true });
    return 'body';
  }
  return 'rest';
}

/** `![alt](url)` at `start`: where the alt text ends (its `]`) and the index after the closing `)`. */
function image(text: string, start: number, end: number): { altEnd: number; close: number } | null {
  let altEnd = -1;
  let depth = 0;
  for (let i = start + 2; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d) {
      if (depth === 0 && text.charCodeAt(i + 1) === 0x28) {
        altEnd = i;
        break;
      }
      if (depth > 0) depth--;
    }
  }
  // searches stay inside the line, so a text of broken image lines is still read once
  const line = text.slice(start, end);
  if (altEnd < 0) {
    altEnd = start + line.lastIndexOf('](');
    if (altEnd < start + 2) return null;
  }
  const paren = start + line.lastIndexOf(')');
  return paren > altEnd ? { altEnd, close: paren + 1 } : null;
}

/** Does the line end in sentence punctuation (before any closing quotes or brackets)? */
function endsSentence(text: string, line: Range): boolean {
  let i = line.end - 1;
  while (i > line.start && isCloser(text.charCodeAt(i))) i--;
  return isTerminal(text.charCodeAt(i));
}

/** End of a sticky match at `at`, or 0. */
function match(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : 0;
}

export function trim(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
