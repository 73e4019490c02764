// Units of work and their rendering, shared by the main thread and the workers.
import { Chalk } from 'chalk';
import type { Encoding } from '../read/decode.js';
import { renderAnnotated } from '../render/annotated.js';
import { toJsonElement, toJsonLine } from '../render/json.js';
import { restrictLists, selectFields, type Field } from '../render/select.js';
import { renderErrorRow, renderTable } from '../render/table.js';
import type { DocError, DocResult } from '../types.js';

export type Unit =
  | { kind: 'text'; id: string; name: string; bytes: Uint8Array; encoding: Encoding }
  | { kind: 'record'; where: string; line: Uint8Array | string; encoding: 'utf-8' | 'cp949' }
  | { kind: 'failed'; error: DocError };

export const FORMATS = ['table', 'json', 'jsonl', 'annotated', 'html'] as const;

export interface Settings {
  format: (typeof FORMATS)[number];
  refDate: string | null;
  colorLevel: 0 | 1;
  /** Columns of the annotated view (the terminal's, or 80). */
  width: number;
  /** `--only`: the lists to keep, or null for all. */
  only: Field[] | null;
}

/** A document and its text, for the HTML page the main thread renders at the end. */
export interface Page {
  doc: DocResult;
  text: string;
}

/**
 * `out` is the document's output (an array element for --format json; empty for html, whose documents
 * come back as `page`); `err` the stderr message if it failed.
 */
export interface Rendered {
  out: string;
  err: string | null;
  page?: Page;
}

/** An error result; its message names the input (file, or file:line) first. */
export function failure(id: string, where: string, code: string, message: string): DocError {
  return { id, error: { code, message: `${where}: ${message}` } };
}

/** A unit's input bytes, when it holds them as bytes. */
export function bytesOf(u: Unit): Uint8Array | null {
  if (u.kind === 'text') return u.bytes;
  if (u.kind === 'record' && typeof u.line !== 'string') return u.line;
  return null;
}

/** About how much input a unit holds, in bytes. */
export function unitBytes(u: Unit): number {
  const b = bytesOf(u);
  if (b) return b.byteLength;
  return u.kind === 'record' ? (u.line as string).length * 2 : 64;
}

/** What a unit is called in messages (for a worker that died with it). */
export function unitName(unit: Unit): { id: string; where: string } {
  if (unit.kind === 'failed') return { id: unit.error.id, where: unit.error.id };
  if (unit.kind === 'text') return { id: unit.id, where: unit.name };
  return { id: unit.where, where: unit.where };
}

const chalks = [new Chalk({ level: 0 }), new Chalk({ level: 1 })];

/** A result in the chosen format; `text` is the document's text (the annotated and html views show it). */
export function render(result: DocResult | DocError, settings: Settings, text = ''): Rendered {
  const chalk = chalks[settings.colorLevel];
  const { format, only } = settings;
  if ('error' in result) {
    const err = result.error.message;
    if (format === 'jsonl') return { out: toJsonLine(result), err };
    if (format === 'json') return { out: toJsonElement(result), err };
    return { out: format === 'html' ? '' : renderErrorRow(result, chalk), err };
  }
  if (format === 'jsonl' || format === 'json') {
    const doc = only ? selectFields(result, only) : result;
    return { out: format === 'jsonl' ? toJsonLine(doc as DocResult) : toJsonElement(doc as DocResult), err: null };
  }
  const doc = only ? restrictLists(result, only) : result;
  if (format === 'html') return { out: '', err: null, page: { doc, text } };
  if (format === 'annotated') return { out: renderAnnotated(doc, text, chalk, settings.width) + '\n', err: null };
  return { out: renderTable(doc, chalk), err: null };
}
