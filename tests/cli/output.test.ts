// Output gathers strings and byte views into large writes without changing a byte or the order;
// runBatch encodes each document's output into shared buffers.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Blocks, BufferPool, runBatch } from '../../src/cli/batch.js';
import { Output, Sink } from '../../src/cli/output.js';
import type { Unit } from '../../src/cli/unit.js';

/** A stream that keeps every chunk it is given; `slow` takes a tick per chunk and fills at 1 KB. */
function recorder(slow = false): { stream: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 1024 : 16384,
    write: (c: Buffer, _e, done) => {
      chunks.push(Buffer.from(c)); // a copy: the caller's buffer is not ours to keep
      if (slow) setImmediate(done);
      else done();
    },
  });
  return { stream, chunks };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Output', () => {
  it('writes strings and byte views in order, byte for byte, in few chunks', async () => {
    const { stream, chunks } = recorder();
    const out = new Output(stream);
    const blocks = new Blocks();
    const parts = ['{"id":"가"}\n', '김 기자 “좋다”\n', 'x'.repeat(50_000) + '\n', '끝\n'];
    await out.write(parts[0]);
    await out.write(blocks.add(parts[1]));
    await out.write(blocks.add(parts[2])); // follows the previous view: one piece
    await out.write(parts[3]);
    await tick();
    expect(Buffer.concat(chunks).toString()).toBe(parts.join(''));
    expect(chunks.length).toBe(3);
  });

  it('sends a string larger than a block on its own, still in order', async () => {
    const { stream, chunks } = recorder();
    const out = new Output(stream);
    const huge = '한'.repeat(200_000);
    await out.write('앞\n');
    await out.write(huge);
    await out.write('뒤\n');
    await tick();
    expect(Buffer.concat(chunks).toString()).toBe(`앞\n${huge}뒤\n`);
  });

  it('waits for a slow reader and loses nothing', async () => {
    const { stream, chunks } = recorder(true);
    const out = new Output(stream);
    const lines = Array.from({ length: 2000 }, (_, i) => `{"n":${i},"t":"${'가'.repeat(i % 300)}"}\n`);
    for (const l of lines) await out.write(l);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Buffer.concat(chunks).toString()).toBe(lines.join(''));
  });

  it('says when everything given so far is written, so its buffers can be filled again', async () => {
    const { stream, chunks } = recorder(true);
    const out = new Output(stream);
    const view = new Blocks().add('가'.repeat(1000));
    await out.write(view);
    await out.written();
    expect(Buffer.concat(chunks).toString()).toBe('가'.repeat(1000));
    view.fill(0); // reused: what was written stays as it was
    expect(Buffer.concat(chunks).toString()).toBe('가'.repeat(1000));
  });

  it('keeps a copy of the first --format json document, whose buffer may be reused before it is printed', async () => {
    const { stream, chunks } = recorder();
    const sink = new Sink(new Output(stream), 'json', () => {});
    const view = new Blocks().add('{"id":"a"}');
    await sink.put({ out: view, err: null });
    view.fill(0x20);
    await sink.put({ out: '{"id":"b"}', err: null });
    await sink.end();
    await tick();
    expect(Buffer.concat(chunks).toString()).toBe('[\n  {"id":"a"},\n  {"id":"b"}\n]\n');
  });

  it('stops quietly once the reader has gone', async () => {
    const stream = new Writable({ write: (_c, _e, done) => done(Object.assign(new Error('closed'), { code: 'EPIPE' })) });
    const out = new Output(stream);
    await out.write('a\n');
    await tick();
    await out.write('b\n');
    expect(out.closed).toBe(true);
    expect(out.failure).toBeNull();
  });
});

describe('runBatch', () => {
  it("gives each document's output as consecutive views that decode to the rendered text", () => {
    const units: Unit[] = ['가나다\n', 'abc\n', '😀\n'].map((t, i) => ({ kind: 'failed', error: { id: t, error: { code: String(i), message: t } } }));
    const { results, buffers } = runBatch(units, (us) => us.map((u) => ({ out: (u as Extract<Unit, { kind: 'failed' }>).error.id, err: null })));
    expect(results.map((r) => Buffer.from(r.out).toString())).toEqual(['가나다\n', 'abc\n', '😀\n']);
    expect(buffers.length).toBe(1);
    expect(results[1].out.byteOffset).toBe(results[0].out.byteOffset + results[0].out.byteLength);
  });

  it('fills a buffer handed back to its pool again', () => {
    const pool = new BufferPool();
    const run = (us: Unit[]) => us.map((u) => ({ out: (u as Extract<Unit, { kind: 'failed' }>).error.id, err: null }));
    const unit: Unit = { kind: 'failed', error: { id: '첫째\n', error: { code: 'x', message: '' } } };
    const first = runBatch([unit], run, pool);
    pool.give(first.buffers);
    const second = runBatch([{ ...unit, error: { ...unit.error, id: '둘째\n' } }], run, pool);
    expect(second.buffers[0]).toBe(first.buffers[0]);
    expect(Buffer.from(second.results[0].out).toString()).toBe('둘째\n');
  });
});
