// The main thread's young generation, held at the workers' size once it gets there (issue 6: peak memory).
// V8 grows a young generation while objects keep surviving scavenges: the main thread's ends at 32 MB (two
// 16 MB semi-spaces), the largest single item of --jobs 2's peak. Workers are capped by resourceLimits, but
// Node has no cap for the main isolate once it runs (`node --max-semi-space-size` works only at start-up).
// V8 reads --semi-space-growth-factor each time it grows one, though, so setting it to 1 stops the growth
// where it is. The flag is process-wide: it is set only once this thread has reached the workers' size, by
// when the workers, which start first and run most batches, have reached their cap. Measured (100 MB, --jobs 2):
// peak RSS 205–218 MB before, 178–192 MB after; see bench/README.md for the CPU cost.
import v8 from 'node:v8';

export class YoungCap {
  private capped = false;

  constructor(private readonly bytes: number) {}

  /** Call after a batch: stops the young generation's growth once it has reached the cap. */
  check(): void {
    if (this.capped) return;
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < this.bytes) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    this.capped = true;
  }
}
