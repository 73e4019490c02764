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

/** The marks, by kind index; CLOSER_OF gives the kind that closes each (-1: a closing mark). */
const MARKS = '“”"「」『』';
const CLOSER_OF = [1, -1, 2, 4, -1, 6, -1];
const CURLY_OPEN = 0;
const CURLY_CLOSE = 1;
/** How many lines (blank ones included) a quote may run over. */
const PARAGRAPHS = 6;

/**
 * Whether a line's first mark closes a quote left open on an earlier line: a ” in a line with no “, or a "
 * not opening the line in a line with an odd number of them.
 */
function closesPending(text: string, at: number[], kind: number[], byKind: number[][], opener: number): boolean {
  if (opener === CURLY_OPEN) return kind[0] === CURLY_CLOSE && !kind.includes(CURLY_OPEN);
  return kind[0] === STRAIGHT && byKind[STRAIGHT].length % 2 === 1 && !opensLine(text, at[0]);
}

/** Whether only spaces stand between the line's start and `i`. */
function opensLine(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) return false;
  }
  return true;
}
const STRAIGHT = 2;
const ANY_MARK = /[“”"「」『』\n]/g;
/** The kind index of each mark by code unit, -1 for others: read per mark found (charAt + indexOf made a string each time). */
const KIND_OF = new Int8Array(65536).fill(-1);
for (let k = 0; k < MARKS.length; k++) KIND_OF[MARKS.charCodeAt(k)] = k;

export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // Marks of the current line in order, and by kind; `next` finds the first one of a kind after a position.
  const byKind: number[][] = MARKS.split('').map(() => []);
  const at: number[] = [];
  const kind: number[] = [];
  // A quote running over paragraphs (“… at a line's start, its ” on a later line): the opening mark waits.
  let pending = -1;
  let lines = 0;
  const flush = () => {
    if (pending >= 0 && ++lines > PARAGRAPHS) pending = -1;
    if (at.length === 0) return;
    if (pending >= 0 && closesPending(text, at, kind, byKind, KIND_OF[text.charCodeAt(pending)])) {
      out.push({ open: pending, close: at[0] + 1, start: pending + 1, end: at[0] });
      byKind[kind[0]].shift();
      at.shift();
      kind.shift();
      pending = -1;
    } else if (at.length === 1 && (kind[0] === CURLY_OPEN || kind[0] === STRAIGHT) && opensLine(text, at[0])) {
      pending = at[0];
      lines = 0;
    } else pending = -1;
    pairLine(at, kind, byKind, out);
    at.length = 0;
    kind.length = 0;
    for (const list of byKind) list.length = 0;
  };
  const re = ANY_MARK;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const k = KIND_OF[text.charCodeAt(i)];
    if (k < 0) {
      flush(); // a newline
      continue;
    }
    byKind[k].push(i);
    at.push(i);
    kind.push(k);
  }
  flush();
  return out;
}

function pairLine(at: number[], kind: number[], byKind: number[][], out: MarkedQuote[]): void {
  const cursor = byKind.map(() => 0);
  /** The first mark of kind `k` after `pos`; cursors only move forward, as `pos` does. */
  const next = (k: number, pos: number): number => {
    const list = byKind[k];
    let c = cursor[k];
    while (c < list.length && list[c] <= pos) c++;
    cursor[k] = c;
    return c < list.length ? list[c] : -1;
  };
  let after = -1; // marks at or before this offset belong to a quote already closed
  for (let i = 0; i < at.length; i++) {
    const open = at[i];
    if (open <= after) continue;
    const closer = CLOSER_OF[kind[i]];
    if (closer < 0) continue; // a stray closing mark
    let close = next(closer, open);
    if (close < 0 && kind[i] === CURLY_OPEN) close = next(STRAIGHT, open);
    if (close < 0) continue; // a stray opening mark: skip it, keep scanning the line
    if (close > open + 1) out.push({ open, close: close + 1, start: open + 1, end: close });
    after = close;
  }
}
