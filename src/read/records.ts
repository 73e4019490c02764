// JSON Lines records ({id, text, date}, see CONTRACT.md) → documents, each checked on its own.
import { InputError } from './decode.js';

export interface InputDoc {
  id: string;
  text: string;
  refDate?: string;
  meta?: Record<string, unknown>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses one JSON Lines record. Throws InputError; its message starts with `where` (file:line) when given. */
export function parseRecord(line: string, where?: string): InputDoc {
  try {
    return checkRecord(line);
  } catch (e) {
    if (where === undefined || !(e instanceof InputError)) throw e;
    throw new InputError(e.code, `${where}: ${e.message}`);
  }
}

function checkRecord(line: string): InputDoc {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError('json', `malformed JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('record', 'a record must be a JSON object with "id" and "text"');
  }
  const { id, text, date, ...meta } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('record', 'record has no "id"');
  if (typeof text !== 'string') throw new InputError('record', `record ${JSON.stringify(id)} has no "text" string`);
  if (date !== undefined && date !== null && (typeof date !== 'string' || !validDate(date))) {
    throw new InputError('record', `record ${JSON.stringify(id)} has "date" ${JSON.stringify(date)}, not YYYY-MM-DD`);
  }
  if (text.trim() === '') throw new InputError('empty', `record ${JSON.stringify(id)} has empty "text"`);
  const doc: InputDoc = { id: String(id), text };
  if (typeof date === 'string') doc.refDate = date;
  if (Object.keys(meta).length > 0) doc.meta = meta;
  return doc;
}

/** The id of a record that failed a check, when the line is JSON with an id. */
export function recordId(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

/** A real calendar date written YYYY-MM-DD (checked by arithmetic: it runs once per record). */
export function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1];
}
