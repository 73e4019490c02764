// `gisa stats`: totals over gisa's JSON Lines results known by construction, groups (--by), text files
// counted as the library counts them, and the exit status when some inputs failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { collectStats } from '../../src/stats/collect.js';
import { gisa, jsonl, scratch, SHORT } from './gisa.js';

let dir: string;
const at = (name: string) => join(dir, name);

/** Two results written by hand (so the totals are known whatever the pipeline finds) and an error line. */
const RESULTS = [
  {
    id: 'r1', refDate: '2025-06-01', meta: { outlet: 'A' }, sentences: [{}, {}],
    quotes: [
      { kind: 'direct', speaker: { name: '김민수', entity: 'e1' } },
      { kind: 'direct', speaker: null },
      { kind: 'indirect', speaker: { name: '김민수', entity: 'e1' } },
    ],
    entities: [
      { id: 'e1', type: 'PERSON', name: '김민수', title: '기자', affiliation: null, mentions: [{}, {}] },
      { id: 'e2', type: 'PLACE', name: '서울', mentions: [{}] },
    ],
    dates: [{ value: '2025-06-04' }],
  },
  {
    id: 'r2', refDate: '2025-06-03', meta: { outlet: 'B' }, sentences: [{}],
    quotes: [{ kind: 'direct', speaker: { name: '김민수', entity: 'e1' } }],
    entities: [{ id: 'e1', type: 'PERSON', name: '김민수', mentions: [{}] }],
    dates: [],
  },
  { id: 'r3', error: { code: 'empty', message: 'r3.txt: is empty' } },
];

beforeAll(() => {
  dir = scratch();
  writeFileSync(at('results.jsonl'), jsonl(RESULTS));
  writeFileSync(at('a.txt'), SHORT.slice(0, 2).join('\n'));
  writeFileSync(at('b.txt'), SHORT[2]!);
});

describe('gisa stats', () => {
  it('totals and groups gisa results (--by), reporting the error line and exiting 1', () => {
    const run = gisa(['stats', '-i', 'jsonl', '-f', 'json', '--by', 'outlet', at('results.jsonl')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('gisa: r3.txt: is empty\n');
    const report = JSON.parse(run.stdout);
    expect(report.total).toEqual({
      documents: 2, errors: 1, sentences: 3, quotes: 3, quotesWithSpeaker: 2, speakerShare: 2 / 3, indirectQuotes: 1,
      speakers: [{ name: '김민수', count: 2, documents: 2, title: '기자', affiliation: null }],
      persons: [{ name: '김민수', count: 3, documents: 2 }],
      places: [{ name: '서울', count: 1, documents: 1 }],
      organizations: [],
      published: { from: '2025-06-01', to: '2025-06-03' },
      mentioned: { from: '2025-06-04', to: '2025-06-04' },
    });
    expect(report.by).toBe('outlet');
    expect(report.groups.map((g: any) => [g.key, g.stats.documents, g.stats.errors, g.stats.quotes])).toEqual([['A', 1, 0, 2], ['B', 1, 0, 1], ['(없음)', 0, 1, 0]]);
  });

  it('prints the same as a table, from standard input', () => {
    const run = gisa(['stats', '-i', 'jsonl'], { input: readFileSync(at('results.jsonl')) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('■ 전체 all  문서 2 · 오류 1 · 문장 3');
    expect(run.stdout).toContain('인용 3 · 화자 있음 2 (66.7%) · 간접 인용 1');
    expect(run.stdout).toContain('기사 날짜 2025-06-01 – 2025-06-03');
    expect(run.stdout).toMatch(/│ 김민수 +│ 기자 +│ 2 +│ 2 +│/);
  });

  it('counts text files as the library does', () => {
    const run = gisa(['stats', '-f', 'json', at('a.txt'), at('b.txt')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const expected = collectStats(['a.txt', 'b.txt'].map((f) => extract(readFileSync(at(f), 'utf8'), { id: f })));
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });
});
