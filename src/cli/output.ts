// Writing to stdout with backpressure; a closed pipe (`gisa … | head`) ends the run quietly.
import type { Writable } from 'node:stream';
import { renderHtml } from '../render/html.js';
import { JsonArray } from '../render/json.js';
import type { Page, Settings } from './unit.js';

/**
 * Output is gathered into blocks of bytes, one stream write per block: strings are encoded straight into
 * the block (Buffer#write into one buffer ran ~3x faster here than a Buffer per line, and thousands of
 * small chunks cost the stream as much again), and byte views that follow each other in one buffer (a
 * worker's batch) go out as one view.
 */
const BLOCK = 256 * 1024;

export class Output {
  /** Set once the reader went away (EPIPE) or writing failed: stop producing output. */
  closed = false;
  /** A write failure other than a closed pipe (disk full …), to report. */
  failure: Error | null = null;
  /** Where strings are encoded; a new one once full, as the stream may still hold the last. */
  private block: Buffer | null = null;
  private blockEnd = 0;
  /** Bytes gathered and not yet written: one view, into the block or into a caller's buffer. */
  private pending: Uint8Array | null = null;
  /** Whether `pending` ends at blockEnd (so the next string can join it). */
  private onBlock = false;
  private flushQueued = false;
  /** Set while the stream is full: writers wait for it. */
  private drained: Promise<void> | null = null;
  /** Resolves when the last write so far is done (writes finish in order). */
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE') this.failure = err;
    });
  }

  /** Queues the chunk; resolves when the stream can take more. Never rejects. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed) return;
    if (typeof chunk === 'string') this.encode(chunk);
    else this.append(chunk);
    if (this.pending && this.pending.byteLength >= BLOCK) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      process.nextTick(() => this.flush()); // what one tick produced goes out together
    }
    if (this.drained) await this.drained;
  }

  /** Writes what is gathered (at the end of a tick, of a block, or of the run). */
  flush(): void {
    this.flushQueued = false;
    const bytes = this.pending;
    this.pending = null;
    this.onBlock = false;
    if (!bytes || this.closed) return;
    let done!: () => void;
    this.lastWrite = new Promise<void>((resolve) => (done = resolve));
    if (this.stream.write(bytes, () => done()) || this.drained) return;
    this.drained = new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('error', done).off('close', done);
        this.drained = null;
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
  }

  /**
   * Resolves once every byte given so far has been written, so buffers they were in can be filled again
   * (the stream is done with a chunk when it calls back: true of stdout, a file, pipe or terminal).
   */
  written(): Promise<void> {
    if (!this.pending) return this.lastWrite;
    return new Promise((resolve) => process.nextTick(() => void this.lastWrite.then(resolve))); // after the queued flush
  }

  private encode(s: string): void {
    const room = s.length * 3; // the most UTF-8 bytes a string of this length can take
    if (room > BLOCK) {
      this.flush(); // a huge document's output goes out on its own, in order
      this.pending = Buffer.from(s);
      return;
    }
    if (this.pending && !this.onBlock) this.flush();
    if (!this.block || this.block.length - this.blockEnd < room) {
      this.flush();
      this.block = Buffer.allocUnsafeSlow(BLOCK);
      this.blockEnd = 0;
    }
    // Bytes before blockEnd may still be held by the stream: they are never written over.
    const start = this.pending ? this.blockEnd - this.pending.byteLength : this.blockEnd;
    this.blockEnd += this.block.write(s, this.blockEnd);
    this.pending = this.block.subarray(start, this.blockEnd);
    this.onBlock = true;
  }

  private append(bytes: Uint8Array): void {
    const p = this.pending;
    this.onBlock = false;
    if (p && p.buffer === bytes.buffer && p.byteOffset + p.byteLength === bytes.byteOffset) {
      this.pending = new Uint8Array(p.buffer, p.byteOffset, p.byteLength + bytes.byteLength);
      return;
    }
    if (p) this.flush();
    this.pending = bytes;
  }
}

/** A progress line on a terminal's stderr (render/progress.ts): counted per document, cleared for messages. */
export interface Ticker {
  tick(): void;
  end(): void;
}

/**
 * Results in input order → stdout (streaming the --format json array) and their messages → stderr.
 * --format html is one page for the whole run: its documents are kept until the end.
 */
export class Sink {
  failures = 0;
  private count = 0;
  private held: string | Uint8Array | null = null;
  private readonly pages: Page[] = [];

  constructor(
    private readonly out: Output,
    private readonly format: Settings['format'],
    private readonly report: (message: string) => void,
    private readonly progress: Ticker = { tick() {}, end() {} },
  ) {}

  async put(r: { out: string | Uint8Array; err: string | null; page?: Page }): Promise<void> {
    if (r.err !== null) {
      this.failures++;
      this.progress.end();
      this.report(r.err);
    }
    this.progress.tick();
    const index = this.count++;
    if (this.format === 'html') {
      if (r.page) this.pages.push(r.page);
      return;
    }
    if (this.format !== 'json') return this.out.write(r.out);
    // A lone document prints bare, so the first waits until a second shows there is an array.
    if (index === 0) {
      this.held = typeof r.out === 'string' ? r.out : Buffer.from(r.out); // a copy: the buffer is reused once written
      return;
    }
    if (index === 1) {
      await this.out.write(JsonArray.before(0));
      await this.out.write(this.held!);
      this.held = null;
    }
    await this.out.write(JsonArray.before(index));
    await this.out.write(r.out);
  }

  async end(): Promise<void> {
    this.progress.end();
    if (this.format === 'html' && this.pages.length > 0) await this.out.write(renderHtml(this.pages));
    if (this.format !== 'json') return;
    if (this.count === 1) await this.out.write(JsonArray.single(asText(this.held!)));
    else await this.out.write(JsonArray.end(this.count));
  }
}

function asText(s: string | Uint8Array): string {
  return typeof s === 'string' ? s : Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('utf8');
}
