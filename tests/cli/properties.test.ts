// Properties of the batch path, in-process: a document's result does not depend on the batch around it,
// output is deterministic, and the streamed --format json equals JSON.stringify of the results.
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Output, Sink } from '../../src/cli/output.js';
import { readUnits } from '../../src/cli/sources.js';
import type { Settings } from '../../src/cli/unit.js';
import { runUnit } from '../../src/cli/work.js';

const settings: Settings = { format: 'jsonl', refDate: null, colorLevel: 0, width: 80, only: null };

/** Invented Korean-like text: syllables, spaces, line breaks, quotation marks and sentence ends. */
const piece = fc.constantFrom('김', '민', '수', '기자', '는', ' ', ' ', '\n', '\r\n', '“', '”', '.', '?', '!', '다', '고 말했다', '6월 4일', '서울', 'U.S.', '2025.6.4.', '\t');
const doc = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join('')).filter((t) => t.trim() !== '');

/** Runs a JSON Lines batch through the CLI's reading and processing path (as --jobs 1 does). */
async function batch(texts: string[], format: Settings['format'] = 'jsonl'): Promise<{ out: string; errs: string[] }> {
  const input = texts.map((text, i) => JSON.stringify({ id: `d${i}`, text }) + '\n').join('');
  const stdin = Readable.from([Buffer.from(input)]);
  let out = '';
  const errs: string[] = [];
  const sink = new Sink(new Output(new Writable({ write: (c, _e, done) => ((out += c), done()) })), format, (m) => errs.push(m));
  const signal = new AbortController().signal;
  for await (const unit of readUnits([], { inputFormat: 'jsonl', encoding: 'auto', stdin, signal })) await sink.put(runUnit(unit, { ...settings, format }));
  await sink.end();
  await new Promise((resolve) => setImmediate(resolve)); // corked writes flush on the next tick
  return { out, errs };
}

describe('batch properties', () => {
  it('gives a document the same result alone (a text file) as inside a batch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 6 }), fc.nat(), async (texts, pick) => {
        const i = pick % texts.length;
        const alone = runUnit({ kind: 'text', id: `d${i}`, name: `d${i}`, bytes: Buffer.from(texts[i]), encoding: 'auto' }, settings);
        const { out, errs } = await batch(texts);
        expect(errs).toEqual([]);
        expect(out.split('\n')[i] + '\n').toBe(alone.out);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 6 }), async (texts) => {
        expect(await batch(texts)).toEqual(await batch(texts));
      }),
      { numRuns: 30 },
    );
  });

  it('streams --format json equal to JSON.stringify of all results (an object for one, an array for several)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { maxLength: 5 }), async (texts) => {
        const lines = (await batch(texts)).out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
        const json = (await batch(texts, 'json')).out;
        expect(json).toBe(JSON.stringify(lines.length === 1 ? lines[0] : lines, null, 2) + '\n');
      }),
      { numRuns: 30 },
    );
  });
});
