// Headline rules: a speaker phrase set bare before the quote, with no particle, as headlines and
// subheads write it: 김정은 “…”, 여균동 감독, "…", 靑, 北 동향에 "…", 배경훈 “…”, 윤영빈 “…”.
import type { DocContext } from './context.js';
import { wordsIn, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

/** A phrase ending in a case particle (면담에서, 위원장과) is no headline subject. */
const CASE_ENDING = /(?:에서|에게|에|과|와|을|를|의|로|도|만)$/;
/** Words that end a clause: a prefix holding one is running text, not a headline. */
const CLAUSE_END = /(?:다|며|고|자|면|서|니|지만|는데|했|하여|해)$/;

/**
 * Words of a headline prefix: bracketed tags ([영상]) and single-quoted titles (‘풍계리 배웅’) dropped,
 * list marks (◇, ▲) and punctuation trimmed, and 구형...검찰 cut at the ellipsis.
 */
function bareWords(ctx: DocContext, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const w of wordsIn(ctx.text, from, to)) {
    if (/^[[(<【].*[\]>)】]$/.test(w.text) || /[‘’'“”"]/.test(w.text)) continue;
    const ellipsis = w.text.lastIndexOf('…');
    const dots = w.text.lastIndexOf('..');
    const start = w.start + Math.max(ellipsis >= 0 ? ellipsis + 1 : 0, dots >= 0 ? dots + 2 : 0);
    const m = /^[\s,.…·▲△■□●○◆◇-]*(.*?)[\s,.…·]*$/.exec(ctx.text.slice(start, w.end));
    if (!m || m[1].length === 0) continue;
    const lead = ctx.text.indexOf(m[1], start);
    out.push({ start: lead, end: lead + m[1].length, text: m[1] });
  }
  return out;
}

function phrase(ctx: DocContext, ws: Word[], loose: boolean): Resolved | null {
  if (ws.length === 0 || CASE_ENDING.test(ws[ws.length - 1].text)) return null;
  return resolvePhrase({ start: ws[0].start, end: ws[ws.length - 1].end, words: ws, particle: '' }, ctx, loose);
}

/** The words right before the mark in a short, verbless prefix: 김정은 “, 김윤덕 장관 ", ◇파월 “. */
export function adjacentHeadline(ctx: DocContext, from: number, to: number): Resolved | null {
  const words = bareWords(ctx, from, to);
  if (words.length === 0 || words.length > 4 || words.some((w) => CLAUSE_END.test(w.text))) return null;
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const r = phrase(ctx, words.slice(-k), words.length === 1);
    if (r) return r;
  }
  return null;
}

/**
 * The subject standing first: before the first comma (靑, 北 동향에 "…", 이 대통령, AI 커넥트 서밋서 “…”)
 * or, for a person, as the prefix's first words (김연철 장관 첫 출근 “…”).
 */
export function leadingHeadline(ctx: DocContext, from: number, to: number): Resolved | null {
  const comma = ctx.text.slice(from, to).indexOf(',');
  const words = bareWords(ctx, from, to);
  if (words.length === 0) return null;
  if (comma > 0) {
    const first = words.filter((w) => w.end <= from + comma);
    if (first.length >= 1 && first.length <= 3) {
      const r = phrase(ctx, first, first.length === 1);
      if (r) return r;
    }
  }
  if (words.some((w) => CLAUSE_END.test(w.text))) return null;
  const r = phrase(ctx, words.slice(0, Math.min(2, words.length)), false);
  return r?.kind === 'person' ? r : null;
}
