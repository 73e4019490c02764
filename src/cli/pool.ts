// --jobs N: the main thread and N - 1 worker threads share the work, in batches; results come back in
// input order through a bounded window, so memory stays flat however large the input and however slow
// the reader of stdout.
// The main thread is one of the N rather than a reader that only hands work out: on 2 cores a third
// isolate costs its heap and start-up for ~3% of the CPU (reading and writing), and its batches need no
// copying or messages. It takes a batch only when every worker already has a full window, so workers
// never wait for it; a batch is 256 KB (under 0.1 s of work), so Ctrl-C and a closed pipe are still seen
// promptly. Documents of 1 MB or more go to a worker: the main thread stays responsive, and running out
// of memory on a monstrous document costs that document, not the run.
// node:worker_threads directly, not tinypool: the ordering, the window, batching and moving bytes by
// transfer are the whole job and a task-queue library would sit between them; one dependency fewer.
import { Worker } from 'node:worker_threads';
import { BufferPool, runBatch } from './batch.js';
import { bytesOf, failure, render, unitBytes, unitName, type Page, type Rendered, type Settings, type Unit } from './unit.js';
import type { BatchIn, BatchOut } from './worker.js';
import { YoungCap } from './heap.js';

type Result = { out: string | Uint8Array; err: string | null; page?: Page };

/** A batch closes at this many bytes or units (one message each way), or when the reader pauses. */
const BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
/** Batches dispatched but not yet written, per thread: enough to keep workers busy, few enough to stay flat. */
const WINDOW_PER_THREAD = 4;
/** A unit this large is never run on the main thread (see above). */
const LOCAL_MAX_BYTES = 1024 * 1024;

/**
 * A worker's young generation, where a document's short-lived objects die: V8 lets it grow to 48 MB (as
 * the main thread's does). Each scavenge has a fixed cost, so a small one is paid in CPU: capped at 6 MB,
 * workers spent ~5x the main thread's time in scavenges per document (1.2 s against 0.24 s per 10 MB
 * here), about 15% more CPU for --jobs 2. Its two semi-spaces stay resident, though: 16 MB is a
 * compromise (at 48 MB --jobs 2 peaked ~15 MB higher). The old generation is left alone: a document of
 * tens of MB needs it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Slot {
  worker: Worker;
  pending: Map<number, Unit[]>;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private batch: Unit[] = [];
  private batchBytes = 0;
  private batchMax = 0;
  private flushTimer: NodeJS.Immediate | null = null;
  private seq = 0;
  private nextOut = 0;
  private readonly done = new Map<number, { results: Result[]; release?: () => void }>();
  /** Buffers for the batches run here. */
  private readonly buffers = new BufferPool();
  /** This thread's young generation, held at the workers' size. */
  private readonly young = new YoungCap(WORKER_LIMITS.maxYoungGenerationSizeMb * 1024 * 1024);
  /** Batches dispatched and not yet delivered. */
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private delivering: Promise<void> = Promise.resolve();
  private stopped = false;

  /** `size` threads in all, this one included; `runUnits` is the pipeline, for the batches run here. */
  constructor(
    private readonly size: number,
    private readonly settings: Settings,
    private readonly runUnits: (units: Unit[], settings: Settings) => Iterable<Rendered>,
    private readonly deliver: (r: Result) => Promise<void>,
    /** Resolves once everything delivered so far has been written (its buffers can then be reused). */
    private readonly written: () => Promise<void>,
  ) {}

  /** Queues a unit; resolves when there is room for more. */
  async add(unit: Unit): Promise<void> {
    const bytes = unitBytes(unit);
    this.batch.push(unit);
    this.batchBytes += bytes;
    this.batchMax = Math.max(this.batchMax, bytes);
    if (this.batch.length < BATCH_UNITS && this.batchBytes < BATCH_BYTES) this.flushTimer ??= setImmediate(() => this.flush());
    // After a batch run here, the workers' finished batches are taken in (and their windows refilled)
    // before more input is read: buffered input would otherwise keep this thread busy while they wait.
    else if (this.flush()) await new Promise((resolve) => setImmediate(resolve));
    while (this.inFlight >= this.size * WINDOW_PER_THREAD && !this.stopped) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Resolves once every queued unit's result has been delivered. */
  async finish(): Promise<void> {
    this.flush();
    while (this.inFlight > 0 && !this.stopped) await new Promise<void>((resolve) => (this.wake = resolve));
    await this.delivering;
  }

  /** Stops the workers; results not yet delivered are dropped. */
  async close(): Promise<void> {
    this.stopped = true;
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.wakeUp();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Sends the batch to a worker or runs it here; true if it ran here. */
  private flush(): boolean {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = null;
    if (this.batch.length === 0 || this.stopped) return false;
    const batch = this.batch;
    const seq = this.seq++;
    const slot = this.pickSlot(this.batchMax >= LOCAL_MAX_BYTES);
    this.batch = [];
    this.batchBytes = 0;
    this.batchMax = 0;
    this.inFlight++;
    if (!slot) {
      const { results, buffers } = runBatch(batch, (units) => this.runUnits(units, this.settings), this.buffers);
      this.young.check();
      this.arrive(seq, results, () => this.buffers.give(buffers));
      return true;
    }
    const { units, buffer } = packBytes(batch);
    slot.pending.set(seq, units);
    slot.worker.postMessage({ seq, units } satisfies BatchIn, buffer ? [buffer] : []);
    return false;
  }

  /**
   * The least busy worker with room in its window (a new one while there are fewer than size - 1), or
   * null for this thread. `big`: a worker in any case.
   */
  private pickSlot(big: boolean): Slot | null {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.pending.size < best.pending.size) best = s;
    if (best && best.pending.size === 0) return best;
    if (this.slots.length < this.size - 1) return this.spawn();
    if (best && (big || best.pending.size < WINDOW_PER_THREAD)) return best;
    return null;
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.settings, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', ({ seq, results }: BatchOut) => {
      slot.pending.delete(seq);
      const buffers = [...new Set(results.map((r) => r.out.buffer as ArrayBuffer))];
      this.arrive(seq, results, () => {
        if (!this.stopped && this.slots.includes(slot)) worker.postMessage({ recycle: buffers } satisfies BatchIn, buffers);
      });
    });
    // A worker that dies (out of memory on a monstrous document) fails its documents, not the run.
    const died = (why: string) => {
      if (this.stopped || !this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const [seq, units] of slot.pending) this.arrive(seq, units.map((u) => this.lost(u, why)));
      slot.pending.clear();
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`worker stopped (exit ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private lost(unit: Unit, why: string): Result {
    const { id, where } = unitName(unit);
    return render(failure(id, where, 'internal', `internal error: ${why}`), this.settings);
  }

  /** Results may arrive in any order; they are delivered strictly in sequence. */
  private arrive(seq: number, results: Result[], release?: () => void): void {
    this.done.set(seq, { results, release });
    while (this.done.has(this.nextOut)) {
      const ready = this.done.get(this.nextOut)!;
      this.done.delete(this.nextOut++);
      this.delivering = this.delivering.then(async () => {
        for (const r of ready.results) if (!this.stopped) await this.deliver(r);
        if (ready.release) void this.written().then(ready.release);
        this.inFlight--;
        this.wakeUp();
      });
    }
  }

  private wakeUp(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

/** Copies the batch's byte payloads into one fresh buffer, so one transfer moves them all without copying again. */
function packBytes(batch: Unit[]): { units: Unit[]; buffer: ArrayBuffer | null } {
  let total = 0;
  for (const u of batch) total += bytesOf(u)?.byteLength ?? 0;
  if (total === 0) return { units: batch, buffer: null };
  const packed = new Uint8Array(total);
  let at = 0;
  const units = batch.map((u): Unit => {
    const b = bytesOf(u);
    if (!b) return u;
    packed.set(b, at);
    const view = packed.subarray(at, (at += b.byteLength));
    if (u.kind === 'text') return { ...u, bytes: view };
    return u.kind === 'record' ? { ...u, line: view } : u;
  });
  return { units, buffer: packed.buffer };
}
