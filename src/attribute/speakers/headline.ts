// Headline rule: a speaker phrase set bare before the quote, with no particle, as headlines and
// subheads write it: 김정은 “…”, 여균동 감독, "…", 靑, 北 동향에 "…", 배경훈 “…”, 윤영빈 “…”.
import type { DocContext } from './context.js';
import { wordsIn, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

/** Words of a headline prefix without bracketed tags ([영상]) and single-quoted titles (‘풍계리 배웅’). */
function bareWords(ctx: DocContext, from: number, to: number): Word[] {
  return wordsIn(ctx.text, from, to)
    .filter((w) => !/^[[(<【].*[\]>)】]$/.test(w.text) && !/[‘’']/.test(w.text))
    .map((w) => {
      const m = /^[\s,.…·▲△■□●○◆◇-]*(.*?)[\s,.…·]*$/.exec(w.text) ?? [w.text, w.text];
      const lead = w.text.indexOf(m[1]);
      return { start: w.start + lead, end: w.start + lead + m[1].length, text: m[1] };
    })
    .filter((w) => w.text.length > 0);
}

const CASE_ENDING = /(?:에서|에게|에|과|와|을|를|의|로|도|만)$/;

export function headlineSpeaker(ctx: DocContext, from: number, to: number): Resolved | null {
  const text = ctx.text.slice(from, to);
  const comma = text.indexOf(',');
  const words = bareWords(ctx, from, to);
  if (words.length === 0) return null;
  // A phrase ending in a case particle (면담에서, 위원장과) is no headline subject.
  const phrase = (ws: Word[], loose: boolean) =>
    CASE_ENDING.test(ws[ws.length - 1].text) ? null : resolvePhrase({ start: ws[0].start, end: ws[ws.length - 1].end, words: ws, particle: '' }, ctx, loose);
  // The words right before the mark: 김정은, 김윤덕 장관, 北 기자.
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const r = phrase(words.slice(-k), false);
    if (r) return r;
  }
  // 靑, 北 동향에 "…" / 한강, 노벨문학상 수상 뒤 첫 소감 "…": the subject stands before the first comma.
  if (comma > 0) {
    const first = words.filter((w) => w.end <= from + comma);
    if (first.length >= 1 && first.length <= 3) {
      const r = phrase(first, first.length === 1);
      if (r) return r;
    }
  }
  // 김연철 장관 첫 출근 “…”: a person named first.
  const r = phrase(words.slice(0, Math.min(2, words.length)), false);
  return r?.kind === 'person' ? r : null;
}
