// A worker thread of the --jobs pool: batches of units in, rendered bytes out (transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import type { Page, Settings, Unit } from './unit.js';
import { runUnit } from './work.js';

export interface BatchIn {
  seq: number;
  units: Unit[];
}

export interface BatchOut {
  seq: number;
  /** `page` (--format html): the result and text, structured-cloned for the page the main thread renders. */
  results: Array<{ out: Uint8Array; err: string | null; page?: Page }>;
}

const settings = workerData as Settings;
const utf8 = new TextEncoder();

parentPort!.on('message', ({ seq, units }: BatchIn) => {
  // Encoding here spares the main thread, which then only writes bytes.
  const results = units.map((u) => {
    const r = runUnit(u, settings);
    return { ...r, out: utf8.encode(r.out) };
  });
  parentPort!.postMessage({ seq, results } satisfies BatchOut, results.map((r) => r.out.buffer as ArrayBuffer));
});
