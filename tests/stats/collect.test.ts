// Corpus statistics on a small hand-made batch whose totals are known, grouped and not, and read back
// from gisa's own JSON Lines output.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/cli/color.js';
import { toJsonLine } from '../../src/render/json.js';
import { selectFields } from '../../src/render/select.js';
import { collectStats } from '../../src/stats/collect.js';
import { parseResultLine } from '../../src/stats/read.js';
import { renderStatsJson, renderStatsTable } from '../../src/stats/render.js';
import type { DocError, DocResult, Entity, Quote } from '../../src/types.js';
import { sampleDoc } from '../render/sample.js';

const s = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x', kind: 'body' as const }));
const m = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' }));
const person = (id: string, name: string, mentions: number, title: string | null = null, affiliation: string | null = null): Entity =>
  ({ id, type: 'PERSON', name, title, affiliation, mentions: m(mentions) });
const said = (entity: string | null, name: string | null, kind: Quote['kind'] = 'direct'): Quote =>
  ({ kind, start: 0, end: 1, text: 'x', sentence: 0, verb: null, rule: null, speaker: name === null ? null : { entity, name, mention: null } });

const batch: Array<DocResult | DocError> = [
  {
    id: 'a', refDate: '2025-06-04', meta: { outlet: '가상일보' }, sentences: s(5),
    quotes: [said('p1', '박서연'), said('p1', '박서연'), said(null, '정부 관계자'), said(null, null), said('p1', '박서연', 'indirect')],
    entities: [person('p1', '박서연', 3, '선임연구위원', '한빛연구원'), { id: 'o1', type: 'ORG', name: '행정안전부', title: null, affiliation: null, mentions: m(2) },
      { id: 'l1', type: 'PLACE', name: '서울', title: null, affiliation: null, mentions: m(1) }],
    dates: [{ start: 0, end: 1, text: 'x', value: '2024-09', sentence: 0 }, { start: 0, end: 1, text: 'x', value: null, sentence: 0 }],
  },
  {
    id: 'b', refDate: '2025-06-06', meta: { outlet: '나라신문' }, sentences: s(3),
    quotes: [said('p9', '박서연'), said('p2', '이도윤')],
    entities: [person('p9', '박서연', 1, '연구위원'), person('p2', '이도윤', 4, '장관')],
    dates: [{ start: 0, end: 1, text: 'x', value: '2026', mod: 'START', sentence: 0 }, { start: 0, end: 1, text: 'x', value: '2026-H2', sentence: 0 }],
  },
  { id: 'c', error: { code: 'empty', message: 'c is empty' } },
  {
    id: 'd', refDate: '2025-05-30', meta: { outlet: '가상일보' }, sentences: s(2), quotes: [], dates: [],
    entities: [person('p3', '이도윤', 1)],
  },
];

describe('collectStats', () => {
  const { total } = collectStats(batch);

  it('counts documents, errors, sentences and quotes', () => {
    expect(total).toMatchObject({ documents: 3, errors: 1, sentences: 10, quotes: 6, quotesWithSpeaker: 5, indirectQuotes: 1 });
    expect(total.speakerShare).toBeCloseTo(5 / 6);
  });

  it('ranks speakers by quotes, with their most seen title and affiliation', () => {
    expect(total.speakers).toEqual([
      { name: '박서연', count: 3, documents: 2, title: '선임연구위원', affiliation: '한빛연구원' },
      { name: '이도윤', count: 1, documents: 1, title: '장관', affiliation: null },
      { name: '정부 관계자', count: 1, documents: 1, title: null, affiliation: null },
    ]);
  });

  it('ranks persons, places and organizations by mentions', () => {
    expect(total.persons).toEqual([{ name: '이도윤', count: 5, documents: 2 }, { name: '박서연', count: 4, documents: 2 }]);
    expect(total.places).toEqual([{ name: '서울', count: 1, documents: 1 }]);
    expect(total.organizations).toEqual([{ name: '행정안전부', count: 2, documents: 1 }]);
  });

  it('gives the range of publication dates and of calendar dates mentioned (a year reaching to its end)', () => {
    expect(total.published).toEqual({ from: '2025-05-30', to: '2025-06-06' });
    expect(total.mentioned).toEqual({ from: '2024-09', to: '2026' });
  });

  it('groups by a meta field, or by date', () => {
    const byOutlet = collectStats(batch, 'outlet');
    expect(byOutlet.groups!.map((g) => [g.key, g.stats.documents, g.stats.errors, g.stats.quotes])).toEqual([
      ['가상일보', 2, 0, 4], ['나라신문', 1, 0, 2], ['(없음)', 0, 1, 0],
    ]);
    expect(byOutlet.total.documents).toBe(3);
    expect(collectStats(batch, 'date').groups!.map((g) => g.key)).toEqual(['2025-05-30', '2025-06-04', '2025-06-06', '(없음)']);
  });

  it('keeps only the top N of each list', () => {
    expect(collectStats(batch, undefined, 1).total.speakers.map((x) => x.name)).toEqual(['박서연']);
  });
});

describe('stats renderers', () => {
  it('tables fit 80 columns and write no colour codes when colour is off', () => {
    const out = renderStatsTable(collectStats(batch, 'outlet'), makeChalk(false));
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('화자 있음 5 (83.3%)');
    expect(out).toContain('한빛연구원 선임연구위원');
    expect(out).toContain('2024-09 – 2026');
  });

  it('JSON is the report itself', () => {
    const report = collectStats(batch, 'outlet');
    expect(JSON.parse(renderStatsJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('parseResultLine', () => {
  it('reads gisa JSON Lines output back into the same results', () => {
    const lines = batch.map((r) => toJsonLine(r));
    const back = lines.map((l, i) => parseResultLine(l, `out.jsonl:${i + 1}`));
    expect(back).toEqual(batch);
    expect(collectStats(back)).toEqual(collectStats(batch));
  });

  it('reads lines written with --only, the missing lists as empty', () => {
    const doc = parseResultLine(JSON.stringify(selectFields(sampleDoc(), ['quotes'])), 'x:1') as DocResult;
    expect(doc.quotes).toHaveLength(5);
    expect(doc.entities).toEqual([]);
  });

  it('rejects what is not a result, naming the line', () => {
    expect(() => parseResultLine('{"id": 1, "text": "기사"}', 'in.jsonl:3')).toThrow(/in\.jsonl:3: an input record/);
    expect(() => parseResultLine('[1]', 'in.jsonl:4')).toThrow(/in\.jsonl:4: not a gisa result/);
    expect(() => parseResultLine('{"id": "a", "quotes": 3}', 'in.jsonl:5')).toThrow(/"quotes" must be an array/);
    expect(() => parseResultLine('{"id": "a", ', 'in.jsonl:6')).toThrow(/in\.jsonl:6: malformed JSON/);
  });
});

describe('readResultLines', () => {
  it('reads results, runs input records through extract, and turns bad lines and missing files into error results', async () => {
    const { Readable } = await import('node:stream');
    const { createReadStream } = await import('node:fs');
    const { readResultLines } = await import('../../src/stats/read.js');
    const input = [JSON.stringify(batch[0]), '{"id": "r1", "text": "김철수는 말했다.", "date": "2025-06-04", "outlet": "가상일보"}', '', '{oops', JSON.stringify(batch[2])].join('\n');
    const got = [];
    for await (const r of readResultLines(Readable.from([input]), 'in.jsonl')) got.push(r);
    expect(got.map((r) => r.id)).toEqual(['a', 'r1', 'in.jsonl:4', 'c']);
    expect(got[1]).toMatchObject({ refDate: '2025-06-04', meta: { outlet: '가상일보' } });
    expect(got[2]).toMatchObject({ error: { code: 'json' } });
    const missing = [];
    for await (const r of readResultLines(createReadStream('/nonexistent/x.jsonl'), 'x.jsonl')) missing.push(r);
    expect(missing).toEqual([{ id: 'x.jsonl', error: { code: 'enoent', message: 'x.jsonl: no such file' } }]);
  });
});
