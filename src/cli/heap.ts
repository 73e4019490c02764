// How the V8 heaps of a run may grow (issue 6: peak memory), by V8 flags that Node lets a running process
// set (v8.setFlagsFromString) and that V8 reads each time it resizes a heap.
import v8 from 'node:v8';

/**
 * The old generation grows by 1.5× its live size after each full collection instead of V8's dynamic factor
 * (up to 4× on a small heap that it collects quickly): with --jobs 2 the worker's old space reached 41 MB
 * of mostly dead objects before a collection. Measured on 100 MB (three runs each): --jobs 2 peak RSS
 * 198–208 MB before, 164–173 MB after, CPU time unchanged. A single document of 23 MB costs ~12% more CPU
 * (more full collections while its heap grows) and takes 22% less memory. Process-wide, so it is set before
 * any worker starts.
 */
export function limitOldGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/**
 * Scavenges run on the thread that allocates, without V8's helper threads. A scavenge here is small (a
 * 16 MB young generation of mostly dead objects), so the helpers cost more to start and wait for than they
 * save; with --jobs 2 on 2 cores no core is free for them either, and they took the pipeline threads' time.
 * Measured on 100 MB (CPU per thread from /proc): V8's background threads spent 5.3–6.3 s with --jobs 2
 * before, 4.1 s after; in five interleaved pairs of runs --jobs 2 took 1.5–4.9 s less CPU each time, and
 * --jobs 1 0.1–4 s less in six pairs of seven (0.05 s more in one), wall time no longer.
 */
export function scavengeAlone(): void {
  v8.setFlagsFromString('--no-parallel-scavenge');
}

/**
 * The main thread's young generation, held at the workers' size once it gets there.
 * V8 grows a young generation while objects keep surviving scavenges: the main thread's ends at 32 MB (two
 * 16 MB semi-spaces), the largest single item of --jobs 2's peak. Workers are capped by resourceLimits, but
 * Node has no cap for the main isolate once it runs (`node --max-semi-space-size` works only at start-up).
 * V8 reads --semi-space-growth-factor each time it grows one, though, so setting it to 1 stops the growth
 * where it is. The flag is process-wide: it is set only once this thread has reached the workers' size, by
 * when the workers, which start first and run most batches, have reached their cap. Measured (100 MB, --jobs 2,
 * interleaved runs): peak RSS 211–214 MB before, 184–196 MB after, CPU time unchanged.
 */
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
