// --only: which lists a result keeps.
import { describe, expect, it } from 'vitest';
import { parseOnly, restrictLists, selectFields } from '../../src/render/select.js';
import { sampleDoc } from './sample.js';

describe('--only', () => {
  it('parses a comma-separated list in the canonical order, ignoring spaces and repeats', () => {
    expect(parseOnly('quotes')).toEqual(['quotes']);
    expect(parseOnly(' dates, quotes ,quotes')).toEqual(['quotes', 'dates']);
  });

  it('rejects unknown or no fields, naming the valid ones', () => {
    expect(() => parseOnly('quotes,people')).toThrow('sentences, quotes, entities, dates');
    expect(() => parseOnly(',')).toThrow(/--only/);
  });

  it('keeps id, refDate, meta and only the chosen lists (the others left out, not emptied)', () => {
    const doc = { ...sampleDoc(), meta: { outlet: '가상일보' } };
    const out = selectFields(doc, ['quotes', 'entities']);
    expect(Object.keys(out)).toEqual(['id', 'refDate', 'quotes', 'entities', 'meta']);
    expect(out.quotes).toBe(doc.quotes);
    expect(JSON.parse(JSON.stringify(selectFields(sampleDoc(), ['dates'])))).toEqual({ id: 'sample.txt', refDate: '2026-03-05', dates: sampleDoc().dates });
  });

  it('for the views, empties the marks not chosen and keeps the sentences', () => {
    const out = restrictLists(sampleDoc(), ['quotes']);
    expect(out.quotes).toHaveLength(5);
    expect(out.sentences).toHaveLength(5);
    expect([out.entities, out.dates]).toEqual([[], []]);
  });
});
