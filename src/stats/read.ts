// gisa's own JSON Lines output read back into results, for `gisa stats` over earlier runs. Lines from
// `--only` runs lack some arrays: they read as empty. Input records ({id, text}) in the same stream are
// run through extract, so stats takes either kind of JSON Lines file.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { extract } from '../extract.js';
import { InputError } from '../read/decode.js';
import { parseRecord } from '../read/records.js';
import type { DocError, DocResult } from '../types.js';

/** Each line of a JSON Lines stream as a result (or an error result naming `name:line`), in order. */
export async function* readResultLines(stream: Readable, name: string, refDate?: string): AsyncGenerator<DocResult | DocError> {
  // readline does not pass on a stream's error (a missing file): race each line against it.
  const failed = new Promise<Error>((resolve) => stream.once('error', resolve));
  const lines = createInterface({ input: stream.setEncoding('utf8'), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  let lineNo = 0;
  for (;;) {
    const next = await Promise.race([it.next(), failed]);
    if (next instanceof Error) {
      const code = (next as NodeJS.ErrnoException).code;
      yield { id: name, error: { code: code?.toLowerCase() ?? 'read', message: `${name}: ${code === 'ENOENT' ? 'no such file' : next.message}` } };
      break;
    }
    if (next.done) break;
    const raw = next.value;
    const line = ++lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const where = `${name}:${lineNo}`;
    try {
      yield parseResultLine(line, where);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (e.code !== 'record') {
        yield { id: where, error: { code: e.code, message: e.message } };
        continue;
      }
      try {
        const doc = parseRecord(line, where);
        yield extract(doc.text, { id: doc.id, refDate: doc.refDate ?? refDate ?? null, meta: doc.meta });
      } catch (err) {
        yield { id: where, error: { code: err instanceof InputError ? err.code : 'record', message: (err as Error).message } };
      }
    }
  }
}

const ARRAYS = ['sentences', 'quotes', 'entities', 'dates'] as const;

/** One line of `gisa --format jsonl` output; `where` (file:line) names it in messages. Throws InputError. */
export function parseResultLine(line: string, where: string): DocResult | DocError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError('json', `${where}: malformed JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notResult(where);
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') throw notResult(where);
  const id = String(o.id);
  if (isObject(o.error)) {
    const { code, message } = o.error;
    return { id, error: { code: String(code ?? 'error'), message: String(message ?? '') } };
  }
  if (typeof o.text === 'string' && !ARRAYS.some((k) => k in o)) {
    throw new InputError('record', `${where}: an input record ({id, text}), not a gisa result`);
  }
  const doc: DocResult = {
    id,
    refDate: typeof o.refDate === 'string' ? o.refDate : null,
    sentences: [],
    quotes: [],
    entities: [],
    dates: [],
  };
  for (const k of ARRAYS) {
    const items = o[k];
    if (items === undefined) continue;
    if (!Array.isArray(items) || !items.every(isObject)) throw new InputError('result', `${where}: "${k}" must be an array of objects`);
    (doc[k] as unknown[]) = items;
  }
  if (!doc.entities.every((e) => typeof e.name === 'string' && Array.isArray(e.mentions))) {
    throw new InputError('result', `${where}: an entity lacks "name" or "mentions"`);
  }
  if (isObject(o.meta)) doc.meta = o.meta;
  return doc;
}

function notResult(where: string): InputError {
  return new InputError('result', `${where}: not a gisa result (a JSON object with "id" and "quotes", "entities" …)`);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
