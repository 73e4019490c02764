// JSON Lines records ({id, text, date}, see CONTRACT.md) → documents, each checked on its own.
import { InputError } from './decode.js';

export interface InputDoc {
  id: string;
  text: string;
  refDate?: string;
  meta?: Record<string, unknown>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses one JSON Lines record; `where` names it in messages (file:line). Throws InputError. */
export function parseRecord(line: string, where: string): InputDoc {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError('json', `${where}: malformed JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('record', `${where}: a record must be a JSON object with "id" and "text"`);
  }
  const { id, text, date, ...meta } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('record', `${where}: record has no "id"`);
  if (typeof text !== 'string') throw new InputError('record', `${where}: record ${JSON.stringify(id)} has no "text" string`);
  if (date !== undefined && date !== null && (typeof date !== 'string' || !validDate(date))) {
    throw new InputError('record', `${where}: record ${JSON.stringify(id)} has "date" ${JSON.stringify(date)}, not YYYY-MM-DD`);
  }
  const doc: InputDoc = { id: String(id), text };
  if (typeof date === 'string') doc.refDate = date;
  if (Object.keys(meta).length > 0) doc.meta = meta;
  return doc;
}

/** A real calendar date written YYYY-MM-DD. */
export function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
