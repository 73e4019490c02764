// A character trie over place names, walked straight over the text from a word start, so each position
// costs at most the length of the longest name, and matching allocates nothing.

/**
 * Where an entry comes from: a country, a Korean administrative division (or one that counts only in a
 * list joined by ·, such as 경기), another place, or a 대북-type form.
 */
export const PLACE_KINDS = ['country', 'division', 'list-only', 'place', 'prefix', 'word'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Entry {
  /** Canonical names, distinct (영호남 → 영남, 호남). */
  names: readonly string[];
  kind: PlaceKind;
}

/** A surface form in the trie; `shorter` is the next shorter form on the same path (서울특별시 → 서울). */
export interface PlaceMatch extends Entry {
  length: number;
  shorter: PlaceMatch | undefined;
}

// Keyed by UTF-16 code unit: indexing a string by position allocates a new string for each Hangul
// character, and at several MB/s that garbage dominates.
interface Node {
  next: Map<number, Node>;
  match?: PlaceMatch;
}

export class PlaceTrie {
  private readonly root: Node = { next: new Map() };
  /** The root's children by UTF-16 code (index + 1 into `firsts`; 0: none): most words stop at the first character. */
  private readonly firstIndex = new Uint16Array(0x10000);
  private readonly firsts: Node[] = [];

  /** Adds (or replaces) a surface form. */
  add(surface: string, entry: Entry): void {
    const names = [...new Set(entry.names)];
    let node = this.root;
    let shorter: PlaceMatch | undefined;
    for (let i = 0; i < surface.length; i++) {
      const ch = surface.charCodeAt(i);
      let child = node.next.get(ch);
      if (!child) {
        node.next.set(ch, (child = { next: new Map() }));
        if (node === this.root) this.firstIndex[ch] = this.firsts.push(child);
      }
      node = child;
      if (node.match && i < surface.length - 1) shorter = node.match;
    }
    if (node.match) {
      node.match.names = names;
      node.match.kind = entry.kind;
      return;
    }
    node.match = { names, kind: entry.kind, length: surface.length, shorter };
    relink(node, node.match);
  }

  /** The longest form starting at `start`; follow `shorter` for the others, longest first. */
  longestAt(text: string, start: number): PlaceMatch | undefined {
    const first = this.firstIndex[text.charCodeAt(start)];
    if (!first) return undefined; // 0, or undefined past the end of the text
    let node: Node | undefined = this.firsts[first - 1];
    let found = node.match;
    for (let i = start + 1; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.match) found = node.match;
    }
    return found;
  }
}

/** Points the nearest forms below a new form at it, since it now stands between them and their old `shorter`. */
function relink(node: Node, added: PlaceMatch): void {
  for (const child of node.next.values()) {
    if (child.match) child.match.shorter = added;
    else relink(child, added);
  }
}
