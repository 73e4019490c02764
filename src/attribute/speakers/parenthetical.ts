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
  return r?.kind === 'person' ? r : null;
}
