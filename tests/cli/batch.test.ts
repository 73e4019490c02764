// Batches: the same output whatever the parallelism (threads or GNU parallel), streamed JSON, encodings, huge documents.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { BIN, gisa, has, HERALD, jsonl, parseLines, scratch, SHORT } from './gisa.js';

let dir: string;
const at = (name: string) => join(dir, name);

/** Articles of varied sizes (sentences of the seed article and invented ones, rotated), a few bad lines among them. */
function articles(n: number, broken = true): string {
  const lines = HERALD.split('\n').concat(SHORT);
  const records: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = lines.slice(i % lines.length).concat(lines.slice(0, i % lines.length)).slice(0, 1 + ((i * 7) % lines.length)).join('\n');
    records.push(broken && i % 17 === 5 ? `{"id": "broken-${i}", "text": "\n` : jsonl([{ id: `a${i}`, text, date: i % 3 ? '2025-06-06' : undefined, n: i }]));
  }
  return records.join('');
}

beforeAll(() => {
  dir = scratch();
  writeFileSync(at('articles.jsonl'), articles(120));
  writeFileSync(at('clean.jsonl'), articles(120, false));
});

describe('--jobs', () => {
  it('prints exactly what --jobs 1 prints, in input order, with the same messages and status', () => {
    const one = gisa(['-i', 'jsonl', '-f', 'jsonl', '--jobs', '1', at('articles.jsonl')]);
    const two = gisa(['-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', at('articles.jsonl')]);
    expect(one.status).toBe(1); // the broken lines
    expect(two).toEqual(one);
    expect(parseLines(one.stdout).map((l) => l.id)).toEqual(Array.from({ length: 120 }, (_, i) => (i % 17 === 5 ? `${at('articles.jsonl')}:${i + 1}` : `a${i}`)));
  });

  it('streams --format json as one array equal to JSON.stringify of the JSON Lines', () => {
    const lines = parseLines(gisa(['-i', 'jsonl', '-f', 'jsonl', '--jobs', '1', at('articles.jsonl')]).stdout);
    const json = gisa(['-i', 'jsonl', '-f', 'json', '--jobs', '2', at('articles.jsonl')]);
    expect(json.stdout).toBe(JSON.stringify(lines, null, 2) + '\n');
  });
});

describe('GNU parallel', () => {
  const present = has('parallel');
  if (!present) console.warn('skipped the GNU parallel test: `parallel` is not installed (Debian package `parallel`)');
  // (Only error messages may differ: GNU parallel hands each gisa a block, so line numbers count from the block.)
  it.skipIf(!present)('parallel --pipe --keep-order prints what one gisa prints', () => {
    const input = readFileSync(at('clean.jsonl'));
    // Four blocks: four gisa processes, finishing in any order.
    const cmd = ['--pipe', '--keep-order', '--block', String(Math.ceil(input.length / 4)), '-j', '2', process.execPath, BIN, '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '1'];
    const split = spawnSync('parallel', cmd, { input, maxBuffer: 1 << 28 });
    const single = gisa(['--input-format', 'jsonl', '--format', 'jsonl'], { input });
    expect([split.status, split.stderr.toString(), single.status]).toEqual([0, '', 0]);
    expect(split.stdout.toString() === single.stdout).toBe(true);
  });
});

describe('encodings', () => {
  // Invented text with CP949-only syllables (똠, 햏) and Windows line ends.
  const TEXT = '“똠방각하가 햏했다”고 박지훈 기자가 전했다.\r\n그는 “내일 다시 온다”고 말했다.\r\n';

  it('reads UTF-8 with or without BOM, UTF-16 LE/BE with BOM and CP949 alike, CRLF included', () => {
    const files: Array<[string, Buffer]> = [
      ['utf8.txt', Buffer.from(TEXT)],
      ['bom.txt', Buffer.from('\uFEFF' + TEXT)],
      ['le.txt', iconv.encode(TEXT, 'utf-16le', { addBOM: true })],
      ['be.txt', iconv.encode(TEXT, 'utf-16be', { addBOM: true })],
      ['cp949.txt', iconv.encode(TEXT, 'cp949')],
      ['records.jsonl', iconv.encode(jsonl([{ id: 'rec', text: TEXT }]), 'utf-16le', { addBOM: true })],
      ['records-kr.jsonl', iconv.encode(jsonl([{ id: 'rec-kr', text: TEXT }]), 'cp949')],
    ];
    for (const [name, bytes] of files) writeFileSync(at(name), bytes);
    const text = gisa(['-f', 'jsonl', ...files.slice(0, 5).map(([n]) => at(n))]);
    const records = gisa(['-i', 'jsonl', '-f', 'jsonl', ...files.slice(5).map(([n]) => at(n))]);
    expect([text.status, records.status, text.stderr + records.stderr]).toEqual([0, 0, '']);
    const results = [...parseLines(text.stdout), ...parseLines(records.stdout)];
    const expected = JSON.stringify(results[0].sentences);
    for (const r of results) expect(JSON.stringify(r.sentences), r.id).toBe(expected);
    expect(results[0].sentences[0].text).toBe('“똠방각하가 햏했다”고 박지훈 기자가 전했다.');
  });

  it('obeys --encoding, for files and standard input', () => {
    writeFileSync(at('le-nobom.txt'), iconv.encode(TEXT, 'utf-16le'));
    const forced = gisa(['-f', 'jsonl', '--encoding', 'utf-16le', at('le-nobom.txt')]);
    const stdin = gisa(['-f', 'jsonl', '--encoding', 'cp949', '-'], { input: iconv.encode(TEXT, 'cp949') });
    expect(parseLines(forced.stdout)[0].sentences[0].text).toBe('“똠방각하가 햏했다”고 박지훈 기자가 전했다.');
    expect(parseLines(stdin.stdout)[0]).toMatchObject({ id: 'stdin', sentences: [{ text: '“똠방각하가 햏했다”고 박지훈 기자가 전했다.' }, {}] });
  });
});

describe('a huge document', () => {
  // 10 MB of prose in one JSON line. The whole pipeline must be linear in the document's length: a
  // quadratic step turns this into hours, so the run is cut off after two minutes and fails.
  it('is processed whole (tens of MB in one JSON line)', () => {
    const copies = Math.ceil(10e6 / Buffer.byteLength(HERALD));
    const text = Array.from({ length: copies }, () => HERALD).join('\n');
    writeFileSync(at('huge.jsonl'), jsonl([{ id: 'small', text: SHORT[0] }, { id: 'huge', text }, { id: 'after', text: SHORT[1] }]));
    const run = gisa(['-i', 'jsonl', '-f', 'jsonl', at('huge.jsonl')], { timeout: 120_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    const [small, huge, after] = parseLines(run.stdout);
    expect([small.id, huge.id, after.id]).toEqual(['small', 'huge', 'after']);
    expect(huge.sentences.at(-1).end).toBe(text.trimEnd().length);
  }, 150_000);

  it('takes time linear in its length (10× the text, less than 30× the time)', () => {
    const time = (copies: number) => {
      const text = Array.from({ length: copies }, () => HERALD).join('\n');
      const t0 = performance.now();
      extract(text);
      return performance.now() - t0;
    };
    time(4); // warm up
    const small = time(20);
    const large = time(200);
    expect(large).toBeLessThan(30 * small);
  }, 150_000);
});
