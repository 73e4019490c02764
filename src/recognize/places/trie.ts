// A character trie over place names, walked straight over the text from a word start, so each position
// costs at most the length of the longest name.

/**
 * Where an entry comes from: a country, a Korean administrative division (or one that counts only in a
 * list joined by ·, such as 경기), another place, or a 대북-type form.
 */
export type PlaceKind = 'country' | 'division' | 'list-only' | 'place' | 'prefix' | 'word';

export interface Entry {
  names: string[];
  kind: PlaceKind;
}

// Keyed by UTF-16 code unit: indexing a string by position allocates a new string for each Hangul
// character, and at several MB/s that garbage dominates.
interface Node {
  next: Map<number, Node>;
  entry?: Entry;
}

export interface TrieMatch extends Entry {
  end: number;
}

const NONE: readonly TrieMatch[] = [];

export class PlaceTrie {
  private readonly root: Node = { next: new Map() };

  /** Adds (or replaces) a surface form. */
  add(surface: string, entry: Entry): void {
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const ch = surface.charCodeAt(i);
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }

  /** The entries whose surface starts at `start`, longest first (allocates only when there is one). */
  matchesAt(text: string, start: number): readonly TrieMatch[] {
    let out: TrieMatch[] | undefined;
    let node: Node | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.entry) (out ??= []).unshift({ names: node.entry.names, kind: node.entry.kind, end: i + 1 });
    }
    return out ?? NONE;
  }
}
