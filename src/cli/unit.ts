// Units of work and their rendering, shared by the main thread and the workers. Rendering needs no
// pipeline stage, so a main thread that hands all work to workers never loads the lexicons.
import { Chalk } from 'chalk';
import type { Encoding } from '../read/decode.js';
import { toJsonElement, toJsonLine } from '../render/json.js';
import { renderErrorRow, renderTable } from '../render/table.js';
import type { DocError, DocResult } from '../types.js';

export type Unit =
  | { kind: 'text'; id: string; name: string; bytes: Uint8Array; encoding: Encoding }
  | { kind: 'record'; where: string; line: Uint8Array | string; encoding: 'utf-8' | 'cp949' }
  | { kind: 'failed'; error: DocError };

export interface Settings {
  format: 'table' | 'json' | 'jsonl';
  refDate: string | null;
  colorLevel: 0 | 1;
}

/** `out` is the document's output (an array element for --format json); `err` the stderr message if it failed. */
export interface Rendered {
  out: string;
  err: string | null;
}

/** An error result; its message names the input (file, or file:line) first. */
export function failure(id: string, where: string, code: string, message: string): DocError {
  return { id, error: { code, message: `${where}: ${message}` } };
}

/** What a unit is called in messages (for a worker that died with it). */
export function unitName(unit: Unit): { id: string; where: string } {
  if (unit.kind === 'failed') return { id: unit.error.id, where: unit.error.id };
  if (unit.kind === 'text') return { id: unit.id, where: unit.name };
  return { id: unit.where, where: unit.where };
}

const chalks = [new Chalk({ level: 0 }), new Chalk({ level: 1 })];

export function render(result: DocResult | DocError, settings: Settings): string {
  if (settings.format === 'jsonl') return toJsonLine(result);
  if (settings.format === 'json') return toJsonElement(result);
  const chalk = chalks[settings.colorLevel];
  return 'error' in result ? renderErrorRow(result, chalk) : renderTable(result, chalk);
}
