import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/read/decode.js';
import { jsonLines, type Line } from '../../src/read/lines.js';

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > from && c < bytes.length) {
      yield bytes.subarray(from, c);
      from = c;
    }
  }
  if (from < bytes.length) yield bytes.subarray(from);
}

async function collect(bytes: Buffer, cuts: number[] = [], forced: Parameters<typeof jsonLines>[1] = 'auto') {
  const out: Array<{ no: number; text: string; encoding: Line['encoding'] }> = [];
  for await (const l of jsonLines(chunked(bytes, cuts), forced)) {
    const text = typeof l.line === 'string' ? l.line : l.encoding === 'cp949' ? iconv.decode(l.line, 'cp949') : l.line.toString('utf8');
    out.push({ no: l.no, text, encoding: l.encoding });
  }
  return out;
}

const JSONL = '{"id":"1","text":"첫 기사."}\r\n\r\n  \n{"id":"2","text":"둘째 기사."}\n{"id":"3","text":"셋째"}';
const EXPECTED = [
  { no: 1, text: '{"id":"1","text":"첫 기사."}' },
  { no: 4, text: '{"id":"2","text":"둘째 기사."}' },
  { no: 5, text: '{"id":"3","text":"셋째"}' },
];

describe('jsonLines', () => {
  it('gives each non-blank line with its number, without CR, BOM or a final newline', async () => {
    const lines = await collect(Buffer.from('\uFEFF' + JSONL, 'utf8'));
    expect(lines.map(({ no, text }) => ({ no, text }))).toEqual(EXPECTED);
  });

  it('gives the same lines however the stream is cut into chunks', async () => {
    const bytes = Buffer.from(JSONL, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), async (cuts) => {
        expect((await collect(bytes, cuts)).map(({ no, text }) => ({ no, text }))).toEqual(EXPECTED);
      }),
    );
  });

  it('reads UTF-16 LE and BE JSON Lines by their BOM', async () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bytes = iconv.encode(JSONL, enc, { addBOM: true });
      const lines = await collect(bytes, [7, 8, 9, 30]);
      expect(lines.map(({ no, text }) => ({ no, text: text.trimEnd() }))).toEqual(EXPECTED);
    }
  });

  it('detects CP949 JSON Lines from the first line that is not ASCII', async () => {
    const bytes = iconv.encode('{"id":"0","text":"ascii only."}\n' + JSONL, 'cp949');
    const lines = await collect(bytes);
    expect(lines.map((l) => l.encoding)).toEqual(['utf-8', 'cp949', 'cp949', 'cp949']); // ASCII reads the same either way
    expect(lines[1].text).toBe(EXPECTED[0].text);
  });

  it('refuses a binary file', async () => {
    await expect(collect(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x0a]))).rejects.toThrow(InputError);
  });

  it('gathers a huge line in linear time', async () => {
    // Generous on purpose (the machine is noisy): 10× the size must take less than 30× the time.
    const time = async (mb: number) => {
      const bytes = Buffer.alloc(mb * 1e6 + 1, 0x61);
      bytes[mb * 1e6] = 0x0a;
      const cuts = Array.from({ length: mb * 16 }, (_, i) => i * 65536);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const lines = await collect(bytes, cuts);
        best = Math.min(best, performance.now() - t0);
        expect(lines[0].text.length).toBe(mb * 1e6);
      }
      return best;
    };
    const small = await time(2);
    const large = await time(20);
    expect(large).toBeLessThan(30 * Math.max(small, 5));
  });
});
