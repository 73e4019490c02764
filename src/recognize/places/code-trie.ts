// A trie over UTF-16 codes, packed into typed arrays: a node's children are a sorted run of codes in
// one shared array, so a step of a walk reads a few adjacent numbers. With a Map per node, the walks
// cost ~120 ms per 10 MB in the whole pipeline (the other stages push the Maps' scattered tables out
// of the cache between two documents), against a few ms when places ran alone.
// Nodes are numbers: ROOT, and what child() returns; NONE where a walk ends.

export const ROOT = 0;
export const NONE = -1;
/** A node with more children than this is searched by halves (the root has hundreds). */
const LINEAR = 8;

export class CodeTrie<V> {
  /** Each node's children while words are added: code → node. */
  private readonly building: Array<Map<number, number>> = [new Map()];
  private readonly values: Array<V | undefined> = [undefined];
  /** Node n's children are codes[first[n]] … codes[first[n + 1] - 1], ascending; their nodes in `nodes`. */
  private first = new Int32Array(0);
  private codes = new Uint16Array(0);
  private nodes = new Int32Array(0);
  private packed = false;

  /** The node reached from `node` by `code`, made if missing. */
  childOrNew(node: number, code: number): number {
    const kids = this.building[node];
    let child = kids.get(code);
    if (child === undefined) {
      child = this.building.push(new Map()) - 1;
      this.values.push(undefined);
      kids.set(code, child);
      this.packed = false;
    }
    return child;
  }

  /** The node of `word`, made if missing. */
  nodeOf(word: string): number {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) node = this.childOrNew(node, word.charCodeAt(i));
    return node;
  }

  value(node: number): V | undefined {
    return this.values[node];
  }

  setValue(node: number, value: V): void {
    this.values[node] = value;
  }

  /** The nodes right below `node`, for code that walks the whole trie while adding. */
  children(node: number): Iterable<number> {
    return this.building[node].values();
  }

  /** The node reached from `node` by `code`, or NONE. */
  child(node: number, code: number): number {
    if (!this.packed) this.pack();
    let lo = this.first[node];
    const end = this.first[node + 1];
    // Halves while many are left: `lo` stays at or before the code's place.
    for (let hi = end; hi - lo > LINEAR; ) {
      const mid = (lo + hi) >> 1;
      if (this.codes[mid] < code) lo = mid + 1;
      else hi = mid;
    }
    for (; lo < end; lo++) {
      const c = this.codes[lo];
      if (c === code) return this.nodes[lo];
      if (c > code) break;
    }
    return NONE;
  }

  private pack(): void {
    const count = this.building.length;
    this.first = new Int32Array(count + 1);
    let edges = 0;
    for (let n = 0; n < count; n++) edges += this.building[n].size;
    this.codes = new Uint16Array(edges);
    this.nodes = new Int32Array(edges);
    let at = 0;
    for (let n = 0; n < count; n++) {
      this.first[n] = at;
      for (const [code, child] of [...this.building[n]].sort((a, b) => a[0] - b[0])) {
        this.codes[at] = code;
        this.nodes[at++] = child;
      }
    }
    this.first[count] = at;
    this.packed = true;
  }
}
