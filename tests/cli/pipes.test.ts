// `gisa … | head -n 1` ends quietly with status 0; Ctrl-C stops cleanly with status 130.
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { gisaAsync, HERALD, jsonl } from './gisa.js';

/** About 2 MB of records: far more than a pipe holds, so gisa is still writing when the reader leaves. */
const MANY = jsonl(Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, text: HERALD })));

async function exit(child: ReturnType<typeof gisaAsync>): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  child.stdin.on('error', () => {}); // gisa may stop reading before all input is written: that is the point
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const [code, signal] = await once(child, 'close');
  return { code, signal, stderr };
}

describe('a reader that leaves early (EPIPE)', () => {
  it.each(['1', '2'])('ends gisa --jobs %s quietly with status 0', async (jobs) => {
    const child = gisaAsync(['-i', 'jsonl', '-f', 'jsonl', '--jobs', jobs]);
    const result = exit(child);
    child.stdin.end(MANY);
    child.stdout.once('data', () => child.stdout.destroy()); // what `head -n 1` does after its line
    expect(await result).toEqual({ code: 0, signal: null, stderr: '' });
  });
});

describe('Ctrl-C (SIGINT)', () => {
  it.each(['1', '2'])('stops gisa --jobs %s with status 130, its output whole lines', async (jobs) => {
    const child = gisaAsync(['-i', 'jsonl', '-f', 'jsonl', '--jobs', jobs]);
    const exited = exit(child);
    // Input keeps coming (stdin stays open), as when gisa reads a long stream; interrupt once output flows.
    child.stdin.write(MANY.slice(0, MANY.indexOf('\n', MANY.length / 2) + 1));
    let out = '';
    child.stdout.on('data', (c) => {
      if (out === '') child.kill('SIGINT');
      out += c;
    });
    expect(await exited).toEqual({ code: 130, signal: null, stderr: '' });
    expect(out.endsWith('\n')).toBe(true);
    for (const line of out.trimEnd().split('\n')) expect(JSON.parse(line).id).toMatch(/^d\d+$/);
  });
});
