// The views (annotated, html) and --only through the command: the same output whatever --jobs, the
// chosen lists only, and no progress line anywhere but a terminal's stderr.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, gisa, has, jsonl, parseLines, scratch, SHORT } from './gisa.js';

let dir: string;
const at = (name: string) => join(dir, name);
const files = () => ['a.txt', 'b.txt', 'c.txt'].map(at);

beforeAll(() => {
  dir = scratch();
  writeFileSync(at('a.txt'), `${SHORT[0]}\n${SHORT[1]}\n`);
  writeFileSync(at('b.txt'), `${SHORT[2]}\n`);
  writeFileSync(at('c.txt'), `${SHORT[1]} ${SHORT[0]}\n`);
  writeFileSync(at('records.jsonl'), jsonl(SHORT.map((text, i) => ({ id: `r${i}`, text, date: '2025-06-06', outlet: 'A' }))));
});

describe('--format annotated', () => {
  it('prints each document marked (brackets in a pipe), the same with --jobs 1 and 2', () => {
    const one = gisa(['-f', 'annotated', '--jobs', '1', ...files()]);
    const two = gisa(['-f', 'annotated', '--jobs', '2', ...files()]);
    expect([one.status, one.stderr]).toEqual([0, '']);
    expect(two).toEqual(one);
    expect(one.stdout).not.toContain('\u001b');
    expect(one.stdout).toContain('■ a.txt');
    expect(one.stdout).toContain('[김민수|SPK] 기자는 “«');
    expect(one.stdout.indexOf('■ a.txt')).toBeLessThan(one.stdout.indexOf('■ b.txt'));
  });

  it('colours with --color always, and keeps only the quotes with --only quotes', () => {
    const run = gisa(['-f', 'annotated', '--color', 'always', '--only', 'quotes', at('a.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\u001b[');
    expect(run.stdout).toMatch(/개체 0 · 날짜 0/);
  });
});

describe('--format html', () => {
  it('prints one page for the run, the same with --jobs 1 and 2; a failed input is reported, not shown', () => {
    const args = ['-f', 'html', at('a.txt'), at('missing.txt'), at('b.txt'), at('c.txt')];
    const one = gisa(['--jobs', '1', ...args]);
    const two = gisa(['--jobs', '2', ...args]);
    expect(one.status).toBe(1);
    expect(one.stderr).toBe(`gisa: ${at('missing.txt')}: no such file\n`);
    expect(two).toEqual(one);
    expect(one.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(one.stdout.match(/<article /g)).toHaveLength(3);
    expect(one.stdout.match(/<h2>[^<]*<\/h2>/g)).toEqual(['<h2>a.txt</h2>', '<h2>b.txt</h2>', '<h2>c.txt</h2>']);
  });
});

describe('--only', () => {
  it('keeps only the chosen lists in JSON Lines (with --jobs 2 too)', () => {
    const run = gisa(['-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', '--only', 'dates, quotes', at('records.jsonl'), at('records.jsonl')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = parseLines(run.stdout);
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(Object.keys(l)).toEqual(['id', 'refDate', 'quotes', 'dates', 'meta']);
    expect(lines[0].quotes[0].text).toBe('내일 비가 온다');
  });

  it('keeps only the chosen tables in the table view', () => {
    const all = gisa([at('a.txt')]).stdout;
    const quotes = gisa(['--only', 'quotes', at('a.txt')]).stdout;
    expect(all).toContain('유형 type');
    expect(quotes).toContain('발화자 speaker');
    expect(quotes).not.toContain('유형 type');
    expect(quotes).not.toContain('날짜 표현 date');
  });
});

describe('progress', () => {
  // `script` gives gisa a terminal: the progress line goes to a terminal's stderr only, never into the output.
  const present = has('script');
  const onTerminal = (shell: string) => spawnSync('script', ['-qec', shell, '/dev/null'], { cwd: dir, encoding: 'utf8' });
  const cmd = `${process.execPath} ${BIN} -f jsonl --jobs 1 a.txt b.txt c.txt`;

  it('never appears in piped output or a piped stderr', () => {
    const run = gisa(['-f', 'jsonl', '--jobs', '1', ...files()]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('docs');
  });

  it.skipIf(!present)('is drawn on a terminal while the output goes to a file, and kept out of the file', () => {
    const run = onTerminal(`${cmd} > out.jsonl`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/gisa: \d\/3 docs/);
    expect(readFileSync(at('out.jsonl'), 'utf8')).not.toContain('docs');
  });

  it.skipIf(!present)('is not drawn when the output itself goes to the terminal', () => {
    const run = onTerminal(cmd);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('docs ·');
  });
});
