// A worker thread of the --jobs pool: batches of units in, their output as bytes out (in a few buffers,
// transferred, not copied); the buffers come back once written, to be filled again.
import { parentPort, workerData } from 'node:worker_threads';
import { BufferPool, runBatch, type ByteResult } from './batch.js';
import type { Settings, Unit } from './unit.js';
import { runUnits } from './work.js';

export type BatchIn = { seq: number; units: Unit[] } | { recycle: ArrayBuffer[] };

export interface BatchOut {
  seq: number;
  /**
   * `out`: views into a few buffers, one document after the other, which the main thread writes in
   * large pieces. `page` (--format html): the result and text, structured-cloned for the page the main
   * thread renders.
   */
  results: ByteResult[];
}

const settings = workerData as Settings;
const pool = new BufferPool();

parentPort!.on('message', (message: BatchIn) => {
  if ('recycle' in message) return pool.give(message.recycle);
  // Encoding here spares the main thread, which then only writes bytes.
  const { results, buffers } = runBatch(message.units, (units) => runUnits(units, settings), pool);
  parentPort!.postMessage({ seq: message.seq, results } satisfies BatchOut, buffers);
});
