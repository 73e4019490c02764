// --jobs N: units go to worker threads in batches; results come back in input order through a bounded
// window, so memory stays flat however large the input and however slow the reader of stdout.
// node:worker_threads directly, not tinypool: the ordering, the window, batching and moving bytes by
// transfer are the whole job and a task-queue library would sit between them; one dependency fewer.
import { Worker } from 'node:worker_threads';
import { failure, render, unitName, type Page, type Settings, type Unit } from './unit.js';
import type { BatchIn, BatchOut } from './worker.js';

type Result = { out: string | Uint8Array; err: string | null; page?: Page };

/** A batch closes at this many bytes or units (one message each way), or when the reader pauses. */
const BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
/** Batches dispatched but not yet written, per worker: enough to keep workers busy, few enough to stay flat. */
const WINDOW_PER_WORKER = 4;

/**
 * V8 lets each isolate's young generation grow to 48 MB under a steady stream of short-lived objects
 * (a document's results). Capped at 6 MB, --jobs 2 on 10 MB of articles peaked near 195 MB instead of
 * 235 MB (12 MB: 208 MB), with no CPU difference measurable on this machine. The old generation is left
 * alone: a document of tens of MB needs it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

interface Slot {
  worker: Worker;
  pending: Map<number, Unit[]>;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private batch: Unit[] = [];
  private batchBytes = 0;
  private flushTimer: NodeJS.Immediate | null = null;
  private seq = 0;
  private nextOut = 0;
  private readonly done = new Map<number, Result[]>();
  /** Batches dispatched and not yet delivered. */
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private delivering: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly size: number,
    private readonly settings: Settings,
    private readonly deliver: (r: Result) => Promise<void>,
  ) {}

  /** Queues a unit; resolves when there is room for more. */
  async add(unit: Unit): Promise<void> {
    this.batch.push(unit);
    this.batchBytes += unitBytes(unit);
    if (this.batch.length >= BATCH_UNITS || this.batchBytes >= BATCH_BYTES) this.flush();
    else this.flushTimer ??= setImmediate(() => this.flush());
    while (this.inFlight >= this.size * WINDOW_PER_WORKER && !this.stopped) {
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

  private flush(): void {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = null;
    if (this.batch.length === 0 || this.stopped) return;
    const { units, buffer } = packBytes(this.batch);
    const seq = this.seq++;
    this.batch = [];
    this.batchBytes = 0;
    this.inFlight++;
    const slot = this.pickSlot();
    slot.pending.set(seq, units);
    slot.worker.postMessage({ seq, units } satisfies BatchIn, buffer ? [buffer] : []);
  }

  /** The least busy worker; a new one while all are busy and the pool is not full. */
  private pickSlot(): Slot {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.pending.size < best.pending.size) best = s;
    if (best && (best.pending.size === 0 || this.slots.length >= this.size)) return best;
    return this.spawn();
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.settings, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', ({ seq, results }: BatchOut) => {
      slot.pending.delete(seq);
      this.arrive(seq, results);
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
  private arrive(seq: number, results: Result[]): void {
    this.done.set(seq, results);
    while (this.done.has(this.nextOut)) {
      const ready = this.done.get(this.nextOut)!;
      this.done.delete(this.nextOut++);
      this.delivering = this.delivering.then(async () => {
        for (const r of ready) if (!this.stopped) await this.deliver(r);
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

function bytesOf(u: Unit): Uint8Array | null {
  if (u.kind === 'text') return u.bytes;
  if (u.kind === 'record' && typeof u.line !== 'string') return u.line;
  return null;
}

function unitBytes(u: Unit): number {
  const b = bytesOf(u);
  if (b) return b.byteLength;
  return u.kind === 'record' ? (u.line as string).length * 2 : 64;
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
