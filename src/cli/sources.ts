// The CLI's inputs as a stream of units of work, in input order: files or stdin, text or JSON Lines.
// Nothing is decoded here (that happens where the unit is processed, possibly a worker); a JSON Lines
// input is read line by line, so memory stays flat on a 1 GB file.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { InputError, type Encoding } from '../read/decode.js';
import { jsonLines } from '../read/lines.js';
import { failure, type Unit } from './unit.js';

export interface SourceOptions {
  inputFormat: 'text' | 'jsonl';
  encoding: Encoding;
  stdin: Readable;
  /** Ctrl-C: stop reading. */
  signal: AbortSignal;
}

const CHUNK = 256 * 1024;

export async function* readUnits(paths: string[], opts: SourceOptions): AsyncGenerator<Unit> {
  for (const path of paths.length ? paths : ['-']) {
    if (opts.signal.aborted) return;
    const name = path === '-' ? 'stdin' : path;
    const id = path === '-' ? 'stdin' : basename(path);
    try {
      if (opts.inputFormat === 'jsonl') {
        const stream = path === '-' ? opts.stdin : createReadStream(path, { highWaterMark: CHUNK });
        for await (const { no, line, encoding } of jsonLines(addAbortSignal(opts.signal, stream), opts.encoding)) {
          yield { kind: 'record', where: `${name}:${no}`, line, encoding };
        }
      } else {
        const bytes = path === '-' ? await readAll(addAbortSignal(opts.signal, opts.stdin)) : await readFile(path, { signal: opts.signal });
        yield { kind: 'text', id, name, bytes, encoding: opts.encoding };
      }
    } catch (e) {
      if (opts.signal.aborted) return;
      yield { kind: 'failed', error: readFailure(id, name, e) };
    }
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
  ELOOP: 'cannot be read (a loop of symbolic links)',
  EIO: 'cannot be read (input/output error)',
};

function readFailure(id: string, name: string, e: unknown): ReturnType<typeof failure> {
  if (e instanceof InputError) return failure(id, name, e.code, e.message);
  const err = e as NodeJS.ErrnoException;
  const text = (err.code && FS_MESSAGES[err.code]) ?? `cannot be read (${err.message})`;
  return failure(id, name, err.code?.toLowerCase() ?? 'read', text);
}
