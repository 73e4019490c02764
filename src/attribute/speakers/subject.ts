// Subject rules: the speaker named as the subject of the quote's sentence, before the quote
// (홍민 … 선임연구위원은 “…”) or after it (“…”라고 홍 위원은 말했다, "…"는 여균동 감독은).
import { endsClause, isReportingVerb } from '../cues/verbs.js';
import type { DocContext } from './context.js';
import { extendPhrase, subjectWord, wordsIn, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

type Range = { open: number; close: number };
const overlaps = (w: Word, ranges: readonly Range[]) => ranges.some((q) => w.start < q.close && q.open < w.end);

/**
 * The subject between `from` and `to` (the quote's opening mark), read right to left: the last topic
 * (은/는) wins over a nominative (이/가), which often belongs to a clause inside the sentence.
 */
export function subjectBefore(ctx: DocContext, from: number, to: number, quotes: readonly Range[]): Resolved | null {
  const words = wordsIn(ctx.text, from, to);
  let nominative: Resolved | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (overlaps(w, quotes)) continue;
    const np = subjectWord(w);
    if (!np) continue;
    const topic = !/^[이가]$/.test(np.particle);
    const adjacent = i === words.length - 1;
    const r = resolvePhrase(extendPhrase(words, i, np), ctx, topic || adjacent);
    if (!r) continue;
    if (topic) return r;
    nominative ??= r;
  }
  return nominative;
}

/** The subject after a quote, before the reporting verb that ends the speaker's turn. */
export function subjectAfter(ctx: DocContext, from: number, to: number, quotes: readonly Range[]): Resolved | null {
  const words = wordsIn(ctx.text, from, to);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (overlaps(w, quotes)) continue;
    const np = subjectWord(w);
    if (np) {
      const r = resolvePhrase(extendPhrase(words, i, np), ctx, true);
      if (r) return r;
    }
    if (isReportingVerb(w.text) || endsClause(w.text)) return null;
  }
  return null;
}

/** The first subject of a sentence without quotes, for the discourse memory (persons and bodies only). */
export function sentenceSubject(ctx: DocContext, from: number, to: number): Resolved | null {
  const words = wordsIn(ctx.text, from, to);
  for (let i = 0; i < words.length && i < 8; i++) {
    const np = subjectWord(words[i]);
    if (!np || /^[이가]$/.test(np.particle)) continue;
    return resolvePhrase(extendPhrase(words, i, np), ctx, false);
  }
  return null;
}
