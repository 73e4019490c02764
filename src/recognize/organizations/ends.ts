// Tables by UTF-16 code for quick tests at the end of a word of running text, without making a string of
// it: how the words of a list end, and which particles a word ends with.

const PAIR_SLOTS = 1 << 18;
const pairSlot = (before: number, last: number): number => (before * 9973 + last) & (PAIR_SLOTS - 1);

/** How the words of a list end: their last character, and their last two (one for a word of one). */
export class EndTable {
  private readonly last = new Uint8Array(0x10000);
  private readonly single = new Uint8Array(0x10000);
  /** Last two characters, hashed: a rare false hit only costs the full look-up that follows. */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c = w.charCodeAt(w.length - 1);
      this.last[c] = 1;
      if (w.length === 1) this.single[c] = 1;
      else this.pairs[pairSlot(w.charCodeAt(w.length - 2), c)] = 1;
    }
  }

  /** Some word of the list ends with this character. */
  lastChar(c: number): boolean {
    return this.last[c] === 1;
  }

  /** Some word of the list may end at text[at], with the characters from `start` before it (never a miss). */
  endsAt(text: string, start: number, at: number): boolean {
    const c = text.charCodeAt(at);
    return this.single[c] === 1 || (at > start && this.pairs[pairSlot(text.charCodeAt(at - 1), c)] === 1);
  }
}

/** Words (particles) read backwards from a position: a trie whose moves are typed-array look-ups. */
export class BackwardTrie {
  /** Character code → its column (0: in no word). */
  private readonly column = new Uint16Array(0x10000);
  private readonly columns: number;
  /** node * columns + column → next node + 1 (0: none). */
  private readonly next: Int32Array;
  /** Nodes where a whole word ends; node 0 (nothing read) counts as one. */
  readonly whole: Uint8Array;

  constructor(words: readonly string[]) {
    let columns = 1;
    for (const w of words) for (let i = 0; i < w.length; i++) if (this.column[w.charCodeAt(i)] === 0) this.column[w.charCodeAt(i)] = columns++;
    this.columns = columns;
    const nodes = 1 + words.reduce((n, w) => n + w.length, 0);
    this.next = new Int32Array(nodes * columns);
    this.whole = new Uint8Array(nodes);
    this.whole[0] = 1;
    let count = 1;
    for (const w of words) {
      let node = 0;
      for (let i = w.length - 1; i >= 0; i--) {
        const slot = node * columns + this.column[w.charCodeAt(i)];
        if (this.next[slot] === 0) this.next[slot] = ++count;
        node = this.next[slot] - 1;
      }
      this.whole[node] = 1;
    }
  }

  /** The node after reading character `c` backwards from `node`, or -1. */
  step(node: number, c: number): number {
    const col = this.column[c];
    return col === 0 ? -1 : this.next[node * this.columns + col] - 1;
  }
}
