// A batch of units run on one thread (a worker, or the main thread's share of --jobs): each document's
// output goes to UTF-8 bytes in a few large buffers as soon as it is rendered, so that the strings die
// young instead of living (and being promoted to the old generation) until the whole batch is done;
// one buffer then carries many documents to the writer.
import type { Page, Rendered, Unit } from './unit.js';

export interface ByteResult {
  out: Uint8Array;
  err: string | null;
  page?: Page;
}

/** A block's size; a document that needs more gets a buffer of its own. */
const BLOCK = 1024 * 1024;

export class Blocks {
  /** Every buffer handed out so far (a worker transfers them all with its results). */
  readonly buffers: ArrayBuffer[] = [];
  private block: Buffer | null = null;
  private end = 0;

  /** The string's bytes, as a view that follows the previous one when it fits in the same block. */
  add(s: string): Uint8Array {
    const room = s.length * 3; // the most UTF-8 bytes a string of this length can take
    if (!this.block || this.block.length - this.end < room) {
      // Unwritten pages of a block are never touched, so cost no memory.
      this.block = Buffer.allocUnsafeSlow(Math.max(BLOCK, room));
      this.end = 0;
      this.buffers.push(this.block.buffer as ArrayBuffer);
    }
    const start = this.end;
    this.end += this.block.write(s, start);
    return this.block.subarray(start, this.end);
  }
}

/** A batch's results, each document's output encoded as soon as it is rendered; `buffers` hold the bytes. */
export function runBatch(units: Unit[], run: (unit: Unit) => Rendered): { results: ByteResult[]; buffers: ArrayBuffer[] } {
  const blocks = new Blocks();
  const results = units.map((u) => {
    const r = run(u);
    return { ...r, out: blocks.add(r.out) };
  });
  return { results, buffers: blocks.buffers };
}
