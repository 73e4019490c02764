// A character trie over place names, walked straight over the text from a word start, so each position
// costs at most the length of the longest name.

export type PlaceKind = 'country' | 'place' | 'prefix' | 'word';

export interface Entry {
  names: string[];
  kind: PlaceKind;
}

interface Node {
  next: Map<string, Node>;
  entry?: Entry;
}

export interface TrieMatch extends Entry {
  end: number;
}

export class PlaceTrie {
  private readonly root: Node = { next: new Map() };

  /** Adds (or replaces) a surface form. */
  add(surface: string, entry: Entry): void {
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const ch = surface[i]; // UTF-16 units, as matchesAt reads the text
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }

  /** The entries whose surface starts at `start`, longest first. */
  matchesAt(text: string, start: number): TrieMatch[] {
    const out: TrieMatch[] = [];
    let node: Node | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.entry) out.push({ ...node.entry, end: i + 1 });
    }
    return out.reverse();
  }
}
