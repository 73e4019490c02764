// A JSON Lines byte stream → its lines, one at a time, with the encoding each must be decoded with.
// Lines stay bytes (UTF-8/CP949) so the costly decoding can happen where the record is processed (a worker);
// a line of tens of MB is gathered in linear time.
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import { asBuffer, bom16, InputError, sniff8, startsWithBom8, type Encoding } from './decode.js';

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  /** Raw bytes (UTF-8 or CP949, see `encoding`), or text already decoded from UTF-16. */
  line: Buffer | string;
  encoding: 'utf-8' | 'cp949';
}

const NL = 0x0a;

/** Lines of a stream; blank lines are skipped (still counted). Throws InputError for a binary file. */
export async function* jsonLines(chunks: AsyncIterable<Uint8Array>, forced: Encoding): AsyncGenerator<Line> {
  const it = chunks[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    if (first.done) return;
    const head = asBuffer(first.value);
    const utf16 = forced === 'utf-16le' || forced === 'utf-16be' ? forced : forced === 'auto' ? bom16(head) : null;
    const rest = { [Symbol.asyncIterator]: () => it };
    if (utf16) {
      yield* utf16Lines(head, rest, utf16);
      return;
    }
    if (head.includes(0)) throw new InputError('binary', 'looks like a binary file (it contains NUL bytes)');
    // Auto: decided by the first line that is not plain ASCII (UTF-8 if it decodes, CP949 if it fits).
    let encoding: 'utf-8' | 'cp949' | null = forced === 'utf-8' || forced === 'cp949' ? forced : null;
    for await (const { no, bytes } of byteLines(head, rest)) {
      if (blank(bytes)) continue;
      if (!encoding && !isAscii(bytes)) encoding = sniff8(bytes);
      yield { no, line: bytes, encoding: encoding ?? 'utf-8' };
    }
  } finally {
    await it.return?.(); // a reader that stops early (EPIPE, Ctrl-C) closes the file
  }
}

async function* byteLines(head: Buffer, rest: AsyncIterable<Uint8Array>): AsyncGenerator<{ no: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let no = 0;
  const emit = (piece: Buffer) => {
    const whole = pending.length ? Buffer.concat([...pending, piece]) : piece;
    pending = [];
    no++;
    const bytes = no === 1 && startsWithBom8(whole) ? whole.subarray(3) : whole;
    return { no, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes };
  };
  for (let chunk: Buffer | null = head; chunk; ) {
    let from = 0;
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, from)) {
      yield emit(chunk.subarray(from, nl));
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    chunk = await nextChunk(rest);
  }
  if (pending.length) yield emit(Buffer.alloc(0));
}

async function* utf16Lines(head: Buffer, rest: AsyncIterable<Uint8Array>, enc: 'utf-16le' | 'utf-16be'): AsyncGenerator<Line> {
  const decoder = iconv.getDecoder(enc, { stripBOM: true });
  let pending = '';
  let no = 0;
  for (let chunk: Buffer | null = head; chunk; chunk = await nextChunk(rest)) {
    const text = decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      const line = pending + text.slice(from, nl);
      pending = '';
      from = nl + 1;
      no++;
      if (line.trim() !== '') yield { no, line, encoding: 'utf-8' };
    }
    pending += text.slice(from);
  }
  const last = pending + (decoder.end() ?? '');
  if (last.trim() !== '') yield { no: no + 1, line: last, encoding: 'utf-8' };
}

// One iterator shared by the generators above: `for await` over it would close it on return.
async function nextChunk(rest: AsyncIterable<Uint8Array>): Promise<Buffer | null> {
  const next = await rest[Symbol.asyncIterator]().next();
  return next.done ? null : asBuffer(next.value);
}

function blank(b: Buffer): boolean {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  return true;
}
