// One unit of work — a text file's bytes, a JSON Lines record, or an input that already failed — to the
// rendered output and the message for stderr. Pure: the same in-process (--jobs 1) and in a worker.
import iconv from 'iconv-lite';
import { extract, extractAll, type ExtractOptions, type List } from '../extract.js';
import { asBuffer, decode, InputError, type Encoding } from '../read/decode.js';
import { parseRecord, recordId, type InputDoc } from '../read/records.js';
import type { DocError, DocResult } from '../types.js';
import { failure, render, unitBytes, unitName, type Rendered, type Settings, type Unit } from './unit.js';
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
 * runUnit for a batch, with the same output: the stages run over a chunk of its documents at once
 * (extractAll), then each result is rendered as it is taken, so its strings die young. Should a stage
 * throw, the chunk is run again one document at a time: the error costs that document only.
 */
export function* runUnits(units: Unit[], settings: Settings): Generator<Rendered> {
  let from = 0;
  let bytes = 0;
  for (let i = 0; i < units.length; i++) {
    bytes += unitBytes(units[i]);
    if (i + 1 - from < CHUNK_UNITS && bytes < CHUNK_BYTES && i + 1 < units.length) continue;
    yield* runChunk(units.slice(from, i + 1), settings);
    from = i + 1;
    bytes = 0;
  }
}

/**
 * Documents whose stages run together: enough to keep each recognizer's lexicons in the CPU cache, few
 * enough that their intermediate objects die young. A whole 256 KB batch at once raised --jobs 2's peak
 * memory by 20–30 MB on 10 MB; 16 documents kept most of the gain (CPU ~10% under one at a time).
 */
const CHUNK_UNITS = 16;
const CHUNK_BYTES = 64 * 1024;

function* runChunk(units: Unit[], settings: Settings): Generator<Rendered> {
  const inputs = units.map((u): Input => {
    try {
      return inputOf(u, settings.refDate, settings.only);
    } catch (e) {
      return { failed: internalError(u, e) };
    }
  });
  let results: DocResult[];
  try {
    results = extractAll(inputs.flatMap((d) => ('failed' in d ? [] : [{ text: d.doc.text, options: d.options }])));
  } catch {
    for (const u of units) yield runUnit(u, settings);
    return;
  }
  let k = 0;
  for (let i = 0; i < units.length; i++) {
    const input = inputs[i];
    try {
      yield 'failed' in input ? render(input.failed, settings) : render(results[k++], settings, input.doc.text);
    } catch (e) {
      yield render(internalError(units[i], e), settings);
    }
  }
}

/**
 * The unit's result and its text (empty for a failed input); `refDate` serves documents that give none;
 * `only`: the lists wanted (`--only`), whose stages alone are run.
 */
export function resultOf(unit: Unit, refDate: string | null, only: readonly List[] | null = null): { result: DocResult | DocError; text: string } {
  const input = inputOf(unit, refDate, only);
  if ('failed' in input) return { result: input.failed, text: '' };
  return { result: extract(input.doc.text, input.options), text: input.doc.text };
}

type Input = { doc: InputDoc; options: ExtractOptions } | { failed: DocError };

/** The unit's document and its options for extract, or the error that the input could not be read. */
function inputOf(unit: Unit, refDate: string | null, only: readonly List[] | null = null): Input {
  if (unit.kind === 'failed') return { failed: unit.error };
  let doc: InputDoc;
  try {
    doc = unit.kind === 'text' ? textDoc(unit.id, unit.bytes, unit.encoding) : recordDoc(unit.line, unit.encoding);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { failed: unit.kind === 'text' ? failure(unit.id, unit.name, e.code, e.message) : failure(idOf(unit) ?? unit.where, unit.where, e.code, e.message) };
  }
  return { doc, options: { id: doc.id, refDate: doc.refDate ?? refDate, meta: doc.meta, lists: only ?? undefined } };
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
