// A small trie of words (particles, suffixes, titles) read straight off the text at an offset: the
// rules ask "does a listed word begin here?" for every candidate, and slicing the text for each
// question would allocate a string per word of the document.

export interface WordNode<V> {
  next: Map<number, WordNode<V>>;
  /** Set where a word ends. */
  value: V | undefined;
}

export class WordTrie<V> {
  readonly root: WordNode<V> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      let node = this.root;
      for (let i = 0; i < word.length; i++) {
        const ch = word.charCodeAt(i);
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map(), value: undefined }));
        node = child;
      }
      node.value = value;
    }
  }

  /** True when one of the words begins at `from` and ends by `to` (so never for from === to). */
  startsAt(text: string, from: number, to: number): boolean {
    let node: WordNode<V> | undefined = this.root;
    for (let i = from; i < to; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return false;
      if (node.value !== undefined) return true;
    }
    return false;
  }
}

/** A plain list of words as a trie. */
export class WordSet extends WordTrie<true> {
  constructor(words: Iterable<string>) {
    super([...words].map((w) => [w, true] as const));
  }
}
