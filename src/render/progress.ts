// A progress line on standard error for long batches (documents done, rate, time left), drawn only when
// stderr is a terminal and at most a few times a second; a pipe or log file never sees it.
export interface ProgressStream {
  write(chunk: string): unknown;
}

const CLEAR_LINE = '\r\u001b[K';

export class Progress {
  private done = 0;
  private lastDraw = -Infinity;
  private readonly started: number;
  private drawn = false;

  /**
   * @param total documents expected, when known (files given as arguments); without it no time left is shown.
   * @param now clock in milliseconds (tests pass a fake one).
   */
  constructor(
    private readonly stream: ProgressStream,
    private readonly isTTY: boolean,
    private readonly total?: number,
    private readonly now: () => number = Date.now,
    private readonly interval = 200,
  ) {
    this.started = now();
  }

  /** Counts finished documents; redraws when the interval has passed. */
  tick(n = 1): void {
    this.done += n;
    if (!this.isTTY) return;
    const t = this.now();
    if (t - this.lastDraw < this.interval) return;
    this.lastDraw = t;
    this.stream.write(CLEAR_LINE + this.line(t));
    this.drawn = true;
  }

  /** Clears the line, so that what follows on the terminal starts clean. */
  end(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  /** `1,234/5,000 docs · 812/s · 0:05 left` */
  line(t = this.now()): string {
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const count = this.total !== undefined ? `${fmt(this.done)}/${fmt(this.total)}` : fmt(this.done);
    const parts = [`${count} docs`, `${rate >= 10 ? fmt(Math.round(rate)) : rate.toFixed(1)}/s`];
    if (this.total !== undefined && rate > 0 && this.done < this.total) parts.push(`${clock((this.total - this.done) / rate)} left`);
    return `gisa: ${parts.join(' · ')}`;
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

function clock(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
