// How the words of a list end, as tables by UTF-16 code, to pass over a word of running text without
// making a string of it: `lastChar` the last characters alone, `endsAt` the last two (one for a word of one).
export class EndTable {
  private readonly last = new Uint8Array(0x10000);
  private readonly single = new Uint8Array(0x10000);
  /** Last character → the characters that come before it. */
  private readonly pairs = new Map<number, Set<number>>();

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const c = word.charCodeAt(word.length - 1);
    this.last[c] = 1;
    if (word.length === 1) this.single[c] = 1;
    else {
      const before = this.pairs.get(c) ?? new Set<number>();
      before.add(word.charCodeAt(word.length - 2));
      this.pairs.set(c, before);
    }
  }

  /** Some word of the list ends with this character. */
  lastChar(c: number): boolean {
    return this.last[c] === 1;
  }

  /** Some word of the list may end at text[at], with the characters from `start` before it. */
  endsAt(text: string, start: number, at: number): boolean {
    const c = text.charCodeAt(at);
    if (this.single[c] === 1) return true;
    return at > start && this.pairs.get(c)?.has(text.charCodeAt(at - 1)) === true;
  }
}
