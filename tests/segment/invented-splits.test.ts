// Session 8: the invented lines of fixtures/segment/invented-splits (` | ` marks each intended sentence end)
// as a regression floor: the splitter must keep its precision and recall on them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const DIR = new URL('../../fixtures/segment/invented-splits/', import.meta.url);

describe('invented informal lines', () => {
  it('keeps precision ≥ .95 and recall ≥ .70 at the marked ends', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(new URL(file, DIR), 'utf8').split('\n')) {
        if (line.trim() === '' || line.startsWith('#')) continue;
        const parts = line.split(' | ');
        const gold = new Set<number>();
        let at = 0;
        for (const p of parts.slice(0, -1)) gold.add((at += p.length + 1) - 1);
        const pred = new Set(segment(parts.join(' ')).sentences.slice(0, -1).map((s) => s.end));
        for (const g of gold) if (pred.has(g)) tp++; else fn++;
        for (const p of pred) if (!gold.has(p)) fp++;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.7);
  });
});
