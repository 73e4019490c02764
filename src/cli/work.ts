// One unit of work — a text file's bytes, a JSON Lines record, or an input that already failed — to the
// rendered output and the message for stderr. Pure: the same in-process (--jobs 1) and in a worker.
import { Chalk } from 'chalk';
import { extract } from '../extract.js';
import { asBuffer, decode, decodeUtf8, InputError, type Encoding } from '../read/decode.js';
import { parseRecord, recordId, type InputDoc } from '../read/records.js';
import { toJsonElement, toJsonLine } from '../render/json.js';
import { renderErrorRow, renderTable } from '../render/table.js';
import type { DocError, DocResult } from '../types.js';
import iconv from 'iconv-lite';

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

export function runUnit(unit: Unit, settings: Settings): Rendered {
  const result = resultOf(unit, settings);
  return { out: render(result, settings), err: 'error' in result ? result.error.message : null };
}

function resultOf(unit: Unit, settings: Settings): DocResult | DocError {
  if (unit.kind === 'failed') return unit.error;
  let doc: InputDoc;
  try {
    doc = unit.kind === 'text' ? textDoc(unit.id, unit.bytes, unit.encoding) : recordDoc(unit.line, unit.encoding);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return unit.kind === 'text' ? failure(unit.id, unit.name, e.code, e.message) : failure(idOf(unit) ?? unit.where, unit.where, e.code, e.message);
  }
  try {
    return extract(doc.text, { id: doc.id, refDate: doc.refDate ?? settings.refDate, meta: doc.meta });
  } catch (e) {
    // A bug in a stage costs this document only, never the batch.
    const where = unit.kind === 'text' ? unit.name : unit.where;
    return failure(doc.id, where, 'internal', `internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function textDoc(id: string, bytes: Uint8Array, encoding: Encoding): InputDoc {
  const text = decode(bytes, encoding);
  if (text.trim() === '') throw new InputError('empty', 'is empty');
  return { id, text };
}

function recordDoc(line: Uint8Array | string, encoding: 'utf-8' | 'cp949'): InputDoc {
  return parseRecord(lineText(line, encoding));
}

function lineText(line: Uint8Array | string, encoding: 'utf-8' | 'cp949'): string {
  if (typeof line === 'string') return line;
  return encoding === 'cp949' ? iconv.decode(asBuffer(line), 'cp949') : decodeUtf8(asBuffer(line));
}

/** The record's id for its error line, when the line is readable JSON with one. */
function idOf(unit: Extract<Unit, { kind: 'record' }>): string | null {
  try {
    return recordId(lineText(unit.line, unit.encoding));
  } catch {
    return null;
  }
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
