// Pairs quotation marks into quote spans, one line (paragraph) at a time, so a stray or unbalanced mark
// never swallows the rest of an article. One pass per line; every lookup of a closing mark is a
// precomputed "next position" so the whole scan stays linear.
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

export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    scanLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function scanLine(text: string, from: number, to: number, out: MarkedQuote[]): void {
  // next[c][i]: first position >= i in the line holding mark c (or -1), filled right to left.
  const marks = ['”', '"', '」', '』'];
  const next = marks.map(() => new Int32Array(to - from + 1).fill(-1));
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i];
    for (let k = 0; k < marks.length; k++) next[k][i - from] = ch === marks[k] ? i : next[k][i - from + 1];
  }
  const nextOf = (mark: string, at: number): number => (at >= to ? -1 : next[marks.indexOf(mark)][at - from]);
  let i = from;
  while (i < to) {
    const ch = text[i];
    const closer = CLOSER[ch];
    if (closer === undefined) {
      i++;
      continue;
    }
    let close = nextOf(closer, i + 1);
    if (close < 0 && ch === '“') close = nextOf('"', i + 1);
    if (close < 0) {
      i++; // a stray opening mark: skip it, keep scanning the line
      continue;
    }
    if (close > i + 1) out.push({ open: i, close: close + 1, start: i + 1, end: close });
    i = close + 1;
  }
}
