// Writing to stdout with backpressure; a closed pipe (`gisa … | head`) ends the run quietly.
import type { Writable } from 'node:stream';

export class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.closed = true;
      else throw err;
    });
  }

  /** Resolves when the stream can take more; never rejects on a closed pipe. */
  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (!this.stream.write(chunk)) {
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
}
