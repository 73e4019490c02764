// Parenthetical rule: the speaker given in brackets or after a dash following the quote, as lists of
// remarks and quoted verse write it: "…" (정우진 한빛화재 감독, …), "…"(박시인 '…' 중), “…” - 제롬 파월 의장.
import type { DocContext } from './context.js';
import { resolvePhrase, type Resolved } from './resolve.js';

const ASIDE = /^[ \t]*(?:\(([^()\n=]{2,80})\)|[-–—―][ \t]*([^\n()]{2,80}))/;

export function parentheticalSpeaker(ctx: DocContext, close: number): Resolved | null {
  const m = ASIDE.exec(ctx.text.slice(close, close + 90));
  if (!m) return null;
  const inner = m[1] ?? m[2];
  const cut = inner.search(/[,'‘’"“]/);
  const from = close + m[0].length - (m[1] !== undefined ? 1 : 0) - inner.length;
  const words = ctx.wordsIn(from, from + (cut < 0 ? inner.length : cut)).slice(0, 4);
  if (words.length === 0) return null;
  const r = resolvePhrase({ start: words[0].start, end: words[words.length - 1].end, words, particle: '' }, ctx, false);
  // A person, or an unnamed source (“…” - 기상청 관계자); not a body or a place, which brackets also hold.
  return r?.kind === 'person' || r?.how === 'unnamed-source' ? r : null;
}

/** A dash right after the quote, then words on its line: who said it is named there, or by no one known. */
const DASH_ASIDE = /^[ \t]*[-–—―][ \t]*[^\s\d"“‘']/;

/**
 * Whether a quote is followed by a dash aside (“…” - 대통령 신년 기자회견에서): a list of remarks, each
 * naming its own source, so one the aside does not name is nobody's rather than the last speaker's.
 */
export function dashAside(ctx: DocContext, close: number): boolean {
  return DASH_ASIDE.test(ctx.text.slice(close, close + 8));
}
