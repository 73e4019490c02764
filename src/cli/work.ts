// One unit of work — a text file's bytes, a JSON Lines record, or an input that already failed — to the
// rendered output and the message for stderr. Pure: the same in-process (--jobs 1) and in a worker.
import iconv from 'iconv-lite';
import { extract, type List } from '../extract.js';
import { asBuffer, decode, InputError, type Encoding } from '../read/decode.js';
import { parseRecord, recordId, type InputDoc } from '../read/records.js';
import type { DocError, DocResult } from '../types.js';
import { failure, render, unitName, type Rendered, type Settings, type Unit } from './unit.js';
import { utf8Text } from './utf8.js';

export function runUnit(unit: Unit, settings: Settings): Rendered {
  try {
    const { result, text } = resultOf(unit, settings.refDate, settings.only);
    return render(result, settings, text);
  } catch (e) {
    return render(internalError(unit, e), settings);
  }
}

/**
 * The unit's result and its text (empty for a failed input); `refDate` serves documents that give none;
 * `only`: the lists wanted (`--only`), whose stages alone are run.
 */
export function resultOf(unit: Unit, refDate: string | null, only: readonly List[] | null = null): { result: DocResult | DocError; text: string } {
  if (unit.kind === 'failed') return { result: unit.error, text: '' };
  let doc: InputDoc;
  try {
    doc = unit.kind === 'text' ? textDoc(unit.id, unit.bytes, unit.encoding) : recordDoc(unit.line, unit.encoding);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const result = unit.kind === 'text' ? failure(unit.id, unit.name, e.code, e.message) : failure(idOf(unit) ?? unit.where, unit.where, e.code, e.message);
    return { result, text: '' };
  }
  return { result: extract(doc.text, { id: doc.id, refDate: doc.refDate ?? refDate, meta: doc.meta, lists: only ?? undefined }), text: doc.text };
}

/** A bug in a stage or a renderer costs this document only, never the batch (nor the worker). */
export function internalError(unit: Unit, e: unknown): DocError {
  const { id, where } = unitName(unit);
  return failure(id, where, 'internal', `internal error: ${e instanceof Error ? e.message : String(e)}`);
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
  return encoding === 'cp949' ? iconv.decode(asBuffer(line), 'cp949') : utf8Text(line);
}

/** The record's id for its error line, when the line is readable JSON with one. */
function idOf(unit: Extract<Unit, { kind: 'record' }>): string | null {
  try {
    return recordId(lineText(unit.line, unit.encoding));
  } catch {
    return null;
  }
}
