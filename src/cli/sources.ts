// The CLI's inputs as a stream of documents or errors, in input order: files or stdin, text or JSON Lines.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decode, InputError, type Encoding } from '../read/decode.js';
import { parseRecord, type InputDoc } from '../read/records.js';
import type { DocError } from '../types.js';

export type Item = { doc: InputDoc } | { error: DocError };

export interface SourceOptions {
  inputFormat: 'text' | 'jsonl';
  encoding: Encoding;
  stdin: Readable;
}

export async function* readInputs(paths: string[], opts: SourceOptions): AsyncGenerator<Item> {
  for (const path of paths.length ? paths : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    if (opts.inputFormat === 'jsonl') yield* jsonlDocs(path, name, opts);
    else yield await textDoc(path, name, opts);
  }
}

async function textDoc(path: string, name: string, opts: SourceOptions): Promise<Item> {
  const id = path === '-' ? 'stdin' : basename(path);
  try {
    const bytes = path === '-' ? await readAll(opts.stdin) : await readFile(path);
    const text = decode(bytes, opts.encoding);
    if (text.trim() === '') throw new InputError('empty', 'is empty');
    return { doc: { id, text } };
  } catch (e) {
    return { error: toDocError(id, name, e) };
  }
}

async function* jsonlDocs(path: string, name: string, opts: SourceOptions): AsyncGenerator<Item> {
  const stream = path === '-' ? opts.stdin : createReadStream(path);
  const failed = new Promise<NodeJS.ErrnoException>((resolve) => stream.once('error', resolve));
  const lines = createInterface({ input: stream.setEncoding('utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  try {
    const it = lines[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([it.next(), failed.then((err) => Promise.reject(err))]);
      if (next.done) break;
      lineNo++;
      const line = lineNo === 1 ? next.value.replace(/^\uFEFF/, '') : next.value;
      if (line.trim() === '') continue;
      const where = `${name}:${lineNo}`;
      try {
        const doc = parseRecord(line, where);
        if (doc.text.trim() === '') throw new InputError('empty', `${where}: record ${JSON.stringify(doc.id)} has empty "text"`);
        yield { doc };
      } catch (e) {
        yield { error: toDocError(recordId(line) ?? where, where, e, true) };
      }
    }
  } catch (e) {
    yield { error: toDocError(basename(path), name, e) };
  } finally {
    lines.close();
  }
}

/** The id of a record that failed a check, when the line is JSON with an id. */
function recordId(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
};

/** An error line for the output and its message for stderr; InputError messages already name a record. */
function toDocError(id: string, name: string, e: unknown, messageNamesInput = false): DocError {
  if (e instanceof InputError) {
    return { id, error: { code: e.code, message: messageNamesInput ? e.message : `${name}: ${e.message}` } };
  }
  const err = e as NodeJS.ErrnoException;
  const text = (err.code && FS_MESSAGES[err.code]) ?? err.message;
  return { id, error: { code: err.code?.toLowerCase() ?? 'read', message: `${name}: ${text}` } };
}
