// The words (어절) of a document, found once: every speaker rule asks for the words of some window, and
// re-splitting each window's text cost more than all the rules together. Word objects are made on first
// use and shared; a word cut by a window's edge is clipped to it, as splitting the window's text would.

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** JavaScript's \s: what `\S+` splits on. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0 || (c > 0x3000 && c !== 0xfeff)) return false; // Hangul and CJK lie above U+3000
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export class WordIndex {
  private readonly startOf: Int32Array;
  private readonly endOf: Int32Array;
  private readonly made: Array<Word | undefined> = [];

  constructor(readonly text: string) {
    // Typed arrays sized for the most words a text can hold (one letter, one space): filling them cost
    // about a third less than pushing to arrays. Filled as locals, then kept.
    const n = text.length;
    const starts = new Int32Array((n >> 1) + 1);
    const ends = new Int32Array((n >> 1) + 1);
    let count = 0;
    let i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) break;
      starts[count] = i;
      i++;
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      ends[count++] = i;
    }
    this.startOf = starts.subarray(0, count);
    this.endOf = ends.subarray(0, count);
  }

  get length(): number {
    return this.startOf.length;
  }

  /** Where the `i`-th word starts and ends, without making it. */
  starts(i: number): number {
    return this.startOf[i];
  }

  ends(i: number): number {
    return this.endOf[i];
  }

  /** The `i`-th word of the text. */
  at(i: number): Word {
    let w = this.made[i];
    if (!w) {
      // Filled up to i first: a write far past the end would turn the array into a slow dictionary (huge texts).
      while (this.made.length < i) this.made.push(undefined);
      this.made[i] = w = { start: this.startOf[i], end: this.endOf[i], text: this.text.slice(this.startOf[i], this.endOf[i]) };
    }
    return w;
  }

  /** The words of [from, to), the first and last clipped to the window. */
  in(from: number, to: number): Word[] {
    const out: Word[] = [];
    if (to <= from) return out;
    let lo = 0;
    let hi = this.endOf.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.endOf[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.startOf.length && this.startOf[i] < to; i++) {
      const s = this.startOf[i];
      const e = this.endOf[i];
      if (s >= from && e <= to) out.push(this.at(i));
      else {
        const a = Math.max(s, from);
        const b = Math.min(e, to);
        out.push({ start: a, end: b, text: this.text.slice(a, b) });
      }
    }
    return out;
  }
}
