// Writing to stdout with backpressure; a closed pipe (`gisa … | head`) ends the run quietly.
import type { Writable } from 'node:stream';
import { renderHtml } from '../render/html.js';
import { JsonArray } from '../render/json.js';
import type { Page, Settings } from './unit.js';

export class Output {
  /** Set once the reader went away (EPIPE) or writing failed: stop producing output. */
  closed = false;
  /** A write failure other than a closed pipe (disk full …), to report. */
  failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE') this.failure = err;
    });
  }

  /**
   * Resolves when the stream can take more; never rejects. Writes within one tick are corked into one
   * system call (thousands of small JSON lines would otherwise cost a write each).
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed) return;
    if (!this.stream.writableCorked) {
      this.stream.cork();
      process.nextTick(() => this.stream.uncork());
    }
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
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
      this.held = r.out;
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
