// gisa's own JSON Lines output read back into results, for `gisa stats` over earlier runs. Lines from
// `--only` runs lack some arrays: they read as empty. Anything else that is not a result is an error.
import { InputError } from '../read/decode.js';
import type { DocError, DocResult } from '../types.js';

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
    throw new InputError('record', `${where}: an input record, not a gisa result (run gisa on it first, or give it as text)`);
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
