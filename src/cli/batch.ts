// A batch of units run on one thread (a worker, or the main thread's share of --jobs): each document's
// output goes to UTF-8 bytes in a few large buffers as soon as it is rendered, so that the strings die
// young instead of living (and being promoted to the old generation) until the whole batch is done;
// one buffer then carries many documents to the writer.
// The buffers come back once written and are used again: left to the GC, buffers that waited in the
// window were promoted with their wrappers and freed only by a full GC, and the main thread's dead
// buffers peaked at 25–55 MB (V8 lets 64 MB of external memory build up before forcing one).
import type { Page, Rendered, Unit } from './unit.js';

export interface ByteResult {
  out: Uint8Array;
  err: string | null;
  page?: Page;
}

/** A block's size; a document that needs more gets a buffer of its own. */
const BLOCK = 256 * 1024;
/**
 * Free buffers kept at most: a thread's batches in the window (4 × about 1 MB of output) need 16; a pool of
 * 48 only held dead weight (--jobs 2 peaked ~10 MB lower at 16).
 */
const KEEP = 16;

/** Buffers to encode into, taken back once their bytes are written. */
export class BufferPool {
  private readonly free: ArrayBuffer[] = [];

  take(min: number): ArrayBuffer {
    const i = this.free.findIndex((b) => b.byteLength >= min);
    if (i >= 0) return this.free.splice(i, 1)[0];
    return Buffer.allocUnsafeSlow(Math.max(BLOCK, min)).buffer as ArrayBuffer;
  }

  /** Buffers handed back; a buffer transferred elsewhere since (detached, empty) is dropped. */
  give(buffers: ArrayBuffer[]): void {
    for (const b of buffers) if (b.byteLength > 0 && this.free.length < KEEP) this.free.push(b);
  }
}

export class Blocks {
  /** Every buffer used so far (a worker transfers them all with its results). */
  readonly buffers: ArrayBuffer[] = [];
  private block: Buffer | null = null;
  private end = 0;

  constructor(private readonly pool: BufferPool | null = null) {}

  /** The string's bytes, as a view that follows the previous one when it fits in the same block. */
  add(s: string): Uint8Array {
    const room = s.length * 3; // the most UTF-8 bytes a string of this length can take
    if (!this.block || this.block.length - this.end < room) {
      const buffer = this.pool ? this.pool.take(room) : (Buffer.allocUnsafeSlow(Math.max(BLOCK, room)).buffer as ArrayBuffer);
      this.block = Buffer.from(buffer);
      this.end = 0;
      this.buffers.push(buffer);
    }
    const start = this.end;
    this.end += this.block.write(s, start);
    return this.block.subarray(start, this.end);
  }
}

/**
 * A batch's results, each document's output encoded as soon as it is rendered (`run` renders them one by
 * one, in order); `buffers` hold the bytes.
 */
export function runBatch(units: Unit[], run: (units: Unit[]) => Iterable<Rendered>, pool: BufferPool | null = null): { results: ByteResult[]; buffers: ArrayBuffer[] } {
  const blocks = new Blocks(pool);
  const results: ByteResult[] = [];
  for (const r of run(units)) results.push({ ...r, out: blocks.add(r.out) });
  return { results, buffers: blocks.buffers };
}
