// A small trie of words (particles, suffixes, titles) read straight off the text at an offset: the
// rules ask "does a listed word begin here?" for every candidate, and slicing the text for each
// question would allocate a string per word of the document.
import { CodeTrie, NONE, ROOT } from './code-trie.js';

export class WordTrie<V> extends CodeTrie<V> {
  constructor(entries: Iterable<readonly [string, V]>) {
    super();
    for (const [word, value] of entries) this.setValue(this.nodeOf(word), value);
  }

  /** True when one of the words begins at `from` and ends by `to` (so never for from === to). */
  startsAt(text: string, from: number, to: number): boolean {
    let node = ROOT;
    for (let i = from; i < to; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === NONE) return false;
      if (this.value(node) !== undefined) return true;
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
