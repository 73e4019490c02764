// A character trie over place names, walked straight over the text from a word start, so each position
// costs at most the length of the longest name, and matching allocates nothing.
import { CodeTrie, NONE, ROOT } from './code-trie.js';

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

const PAIR_BITS = 1 << 16;
/** The bit of two characters in `pairs`. */
const pairBit = (a: number, b: number): number => (Math.imul(a, 0x9e37) + b) & (PAIR_BITS - 1);

// Keyed by UTF-16 code unit: indexing a string by position allocates a new string for each Hangul
// character, and at several MB/s that garbage dominates.
export class PlaceTrie {
  private readonly trie = new CodeTrie<PlaceMatch>();
  /** The root's children by UTF-16 code (index + 1 into `firsts`; 0: none): most words stop at the first character. */
  private readonly firstIndex = new Uint16Array(0x10000);
  private readonly firsts: number[] = [];
  /**
   * A bit for each pair of first two characters of a form, hashed (~2% of the bits are set): most
   * words begin like a place (대, 서, 한) but go on otherwise, and one bit read rules them out.
   */
  private readonly pairs = new Uint32Array(PAIR_BITS / 32);

  /** Adds (or replaces) a surface form. */
  add(surface: string, entry: Entry): void {
    const names = [...new Set(entry.names)];
    let node = ROOT;
    let shorter: PlaceMatch | undefined;
    for (let i = 0; i < surface.length; i++) {
      const ch = surface.charCodeAt(i);
      if (node === ROOT && !this.firstIndex[ch]) this.firstIndex[ch] = this.firsts.push(this.trie.childOrNew(ROOT, ch));
      if (i === 1) {
        const bit = pairBit(surface.charCodeAt(0), ch);
        this.pairs[bit >>> 5] |= 1 << (bit & 31);
      }
      node = this.trie.childOrNew(node, ch);
      const match = this.trie.value(node);
      if (match && i < surface.length - 1) shorter = match;
    }
    const match = this.trie.value(node);
    if (match) {
      match.names = names;
      match.kind = entry.kind;
      return;
    }
    const added: PlaceMatch = { names, kind: entry.kind, length: surface.length, shorter };
    this.trie.setValue(node, added);
    this.relink(node, added);
  }

  /** Whether a form of two characters or more may begin at `start`: its first two characters' bit is set. */
  mayStartLongAt(text: string, start: number): boolean {
    if (!(this.firstIndex[text.charCodeAt(start)] > 0) || start + 1 >= text.length) return false;
    const bit = pairBit(text.charCodeAt(start), text.charCodeAt(start + 1));
    return (this.pairs[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** The longest form starting at `start`; follow `shorter` for the others, longest first. */
  longestAt(text: string, start: number): PlaceMatch | undefined {
    const first = this.firstIndex[text.charCodeAt(start)];
    if (!first) return undefined; // 0, or undefined past the end of the text
    let node = this.firsts[first - 1];
    let found = this.trie.value(node);
    if (start + 1 === text.length) return found; // no read past the end: it would deoptimize the callers
    const bit = pairBit(text.charCodeAt(start), text.charCodeAt(start + 1));
    if ((this.pairs[bit >>> 5] & (1 << (bit & 31))) === 0) return found;
    for (let i = start + 1; i < text.length; i++) {
      node = this.trie.child(node, text.charCodeAt(i));
      if (node === NONE) break;
      found = this.trie.value(node) ?? found;
    }
    return found;
  }

  /** Points the nearest forms below a new form at it, since it now stands between them and their old `shorter`. */
  private relink(node: number, added: PlaceMatch): void {
    for (const child of this.trie.children(node)) {
      const match = this.trie.value(child);
      if (match) match.shorter = added;
      else this.relink(child, added);
    }
  }
}
