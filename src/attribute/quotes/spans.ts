// Pairs quotation marks into quote spans, one line (paragraph) at a time, so a stray or unbalanced mark
// never swallows the rest of an article. Linear: each line's closing marks are listed once, and the
// search for the next closing mark only moves forward.
//   “ … ”  curly double marks; a “ with no ” later in its line may close on a straight " (“…" in the wild)
//   " … "  straight marks pair left to right; an odd one left over is stray
//   「 … 」 『 … 』 corner brackets, used as quotation marks in some outlets
// Marks inside an open quote (nested quotes, single ‘ ’) stay part of it.

export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
  /** The quoted words: open + 1 .. close - 1. */
  start: number;
  end: number;
}

const CLOSER: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };
const ANY_MARK = /[“”"「」『』\n]/g;

export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // Marks of the current line, by kind, in order; `next` finds the first one after a position.
  let line: Record<string, number[]> = {};
  let lineMarks: Array<[number, string]> = [];
  const flush = () => {
    if (lineMarks.length > 0) pairLine(lineMarks, line, out);
    line = {};
    lineMarks = [];
  };
  for (const m of text.matchAll(ANY_MARK)) {
    if (m[0] === '\n') {
      flush();
      continue;
    }
    (line[m[0]] ??= []).push(m.index);
    lineMarks.push([m.index, m[0]]);
  }
  flush();
  return out;
}

function pairLine(marks: Array<[number, string]>, byKind: Record<string, number[]>, out: MarkedQuote[]): void {
  const cursor: Record<string, number> = {};
  /** The first mark of `kind` after `at`; cursors only move forward, as `at` does. */
  const next = (kind: string, at: number): number => {
    const list = byKind[kind];
    if (!list) return -1;
    let k = cursor[kind] ?? 0;
    while (k < list.length && list[k] <= at) k++;
    cursor[kind] = k;
    return k < list.length ? list[k] : -1;
  };
  let after = -1; // marks at or before this offset belong to a quote already closed
  for (const [at, ch] of marks) {
    if (at <= after) continue;
    const closer = CLOSER[ch];
    if (closer === undefined) continue; // a stray closing mark
    let close = next(closer, at);
    if (close < 0 && ch === '“') close = next('"', at);
    if (close < 0) continue; // a stray opening mark: skip it, keep scanning the line
    if (close > at + 1) out.push({ open: at, close: close + 1, start: at + 1, end: close });
    after = close;
  }
}
