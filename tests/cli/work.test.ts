// A batch of units through the pipeline: the same results as one at a time, and a stage that throws costs
// only its own document.
import { describe, expect, it, vi } from 'vitest';
import type { Settings, Unit } from '../../src/cli/unit.js';

// A stage that fails on one document: extract and extractAll throw when a text holds 폭발.
vi.mock('../../src/extract.js', async (original) => {
  const real = await original<typeof import('../../src/extract.js')>();
  const check = (text: string) => {
    if (text.includes('폭발')) throw new Error('stage failed');
  };
  return {
    ...real,
    extract: (text: string, options?: Parameters<typeof real.extract>[1]) => (check(text), real.extract(text, options)),
    extractAll: (docs: Parameters<typeof real.extractAll>[0]) => (docs.forEach((d) => check(d.text)), real.extractAll(docs)),
  };
});

const { runUnit, runUnits } = await import('../../src/cli/work.js');
const settings: Settings = { format: 'jsonl', refDate: null, colorLevel: 0, width: 80, only: null };
const record = (id: string, text: string): Unit => ({ kind: 'record', where: `in.jsonl:${id}`, line: JSON.stringify({ id, text }), encoding: 'utf-8' });

describe('runUnits', () => {
  const units = [record('a', '김하늘 씨는 "좋다"고 말했다.'), record('b', '여기서 폭발이 났다.'), record('c', '박나래 대표는 웃었다.'), { kind: 'record', where: 'in.jsonl:4', line: '{bad', encoding: 'utf-8' } as Unit];

  it('gives each unit what runUnit gives it alone', () => {
    const fine = units.filter((_, i) => i !== 1);
    expect([...runUnits(fine, settings)]).toEqual(fine.map((u) => runUnit(u, settings)));
  });

  it('costs a stage that throws its own document only, in input order', () => {
    const out = [...runUnits(units, settings)];
    expect(out.map((r) => JSON.parse(r.out).id)).toEqual(['a', 'in.jsonl:b', 'c', 'in.jsonl:4']);
    expect(out[1].err).toBe('in.jsonl:b: internal error: stage failed');
    expect(JSON.parse(out[2].out).sentences[0].text).toBe('박나래 대표는 웃었다.');
  });
});
