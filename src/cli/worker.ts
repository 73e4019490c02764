// A worker thread of the --jobs pool: batches of units in, their output as bytes out (in a few buffers,
// transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type ByteResult } from './batch.js';
import type { Settings, Unit } from './unit.js';
import { runUnit } from './work.js';

export interface BatchIn {
  seq: number;
  units: Unit[];
}

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

parentPort!.on('message', ({ seq, units }: BatchIn) => {
  // Encoding here spares the main thread, which then only writes bytes.
  const { results, buffers } = runBatch(units, (u) => runUnit(u, settings));
  parentPort!.postMessage({ seq, results } satisfies BatchOut, buffers);
});
