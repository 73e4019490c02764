// Each bad input gets a clear message naming it, exit status 1, and every other document still gets its result.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gisa, has, HERALD, jsonl, parseLines, scratch, SHORT } from './gisa.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = scratch();
  writeFileSync(at('first.txt'), HERALD);
  writeFileSync(at('last.txt'), SHORT.join('\n'));
  mkdirSync(at('folder'));
  writeFileSync(at('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(at('broken.txt'), Buffer.concat([Buffer.from('비가 온다. ', 'utf8'), Buffer.from([0xff, 0xfe, 0xff]), Buffer.from(' 끝.', 'utf8')]));
  writeFileSync(at('empty.txt'), ' \n\r\n');
  symlinkSync('loop.txt', at('loop.txt'));
  const bad = Buffer.concat([Buffer.from('{"id":"bytes","text":"비가 ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
  writeFileSync(
    at('batch.jsonl'),
    Buffer.concat([
      Buffer.from(jsonl([{ id: 'one', text: SHORT[0] }])),
      Buffer.from('{"id": "cut", "text": "반쯤\n'),
      Buffer.from(jsonl([{ id: 'no-text', body: SHORT[1] }, { id: 'blank', text: '  ' }])),
      bad,
      Buffer.from('[1, 2]\n\n'),
      Buffer.from(jsonl([{ id: 'two', text: SHORT[2], date: '2025-06-06' }])),
    ]),
  );
});

describe('bad text inputs', () => {
  it('reports each on stderr, gives it an error line, exits 1, and processes the rest', () => {
    const names = ['first.txt', 'missing.txt', 'folder', 'image.png', 'broken.txt', 'empty.txt', 'loop.txt', 'last.txt'];
    const run = gisa(['--format', 'jsonl', '--jobs', '1', ...names.map(at)]);
    expect(run.status).toBe(1);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => l.id)).toEqual(names);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'enoent', 'eisdir', 'binary', 'encoding', 'empty', 'eloop', 'ok']);
    expect(lines[0].sentences.length).toBeGreaterThan(10);
    expect(lines[7].sentences.map((s: { text: string }) => s.text).join(' ')).toContain('이영희 교수가 답했다.');
    const messages = [
      `${at('missing.txt')}: no such file`,
      `${at('folder')}: is a directory, not a file`,
      `${at('image.png')}: looks like a binary file`,
      `${at('broken.txt')}: is not valid UTF-8 (bad byte 0xff at byte 15;`,
      `${at('empty.txt')}: is empty`,
      `${at('loop.txt')}: cannot be read (a loop of symbolic links)`,
    ];
    const stderr = run.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(stderr[i]).toContain(`gisa: ${m}`));
    lines.filter((l) => l.error).forEach((l, i) => expect(l.error.message).toContain(messages[i]));
  });

  // Tests run as root here, and root reads a chmod 000 file: so run gisa as `nobody` when we can.
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && has('setpriv');
  if (asRoot && !canDrop) console.warn('skipped the unreadable-file test: running as root without setpriv, a chmod 000 file stays readable');
  it.skipIf(asRoot && !canDrop)('reports a file it may not read', () => {
    writeFileSync(at('secret.txt'), SHORT[0], { mode: 0o000 });
    writeFileSync(at('open.txt'), SHORT[1], { mode: 0o644 });
    const command = canDrop ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : undefined;
    const run = gisa(['-f', 'jsonl', at('secret.txt'), at('open.txt')], { command });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`gisa: ${at('secret.txt')}: cannot be read (permission denied)\n`);
    expect(parseLines(run.stdout).map((l) => l.error?.code ?? l.sentences[0].text)).toEqual(['eacces', SHORT[1]]);
  });
});

describe('bad JSON Lines', () => {
  it('names the file and line of each bad record and processes every other record and file', () => {
    const run = gisa(['-i', 'jsonl', '-f', 'jsonl', '--jobs', '1', at('batch.jsonl'), at('missing.jsonl'), at('folder')]);
    expect(run.status).toBe(1);
    const f = at('batch.jsonl');
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => [l.id, l.error?.code ?? 'ok'])).toEqual([
      ['one', 'ok'],
      [`${f}:2`, 'json'],
      ['no-text', 'record'],
      ['blank', 'empty'],
      [`${f}:5`, 'encoding'],
      [`${f}:6`, 'record'],
      ['two', 'ok'],
      ['missing.jsonl', 'enoent'],
      ['folder', 'eisdir'],
    ]);
    expect(lines[6].refDate).toBe('2025-06-06');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^gisa: ${f}:2: malformed JSON \\(.+\\)$`)),
      `gisa: ${f}:3: record "no-text" has no "text" string`,
      `gisa: ${f}:4: record "blank" has empty "text"`,
      `gisa: ${f}:5: is not valid UTF-8 (bad byte 0xc3 at byte 29; use --encoding to name its encoding)`,
      `gisa: ${f}:6: a record must be a JSON object with "id" and "text"`,
      `gisa: ${at('missing.jsonl')}: no such file`,
      `gisa: ${at('folder')}: is a directory, not a file`,
    ]);
  });
});

describe('wrong command lines', () => {
  it.each([['--bogus'], ['--jobs', '0'], ['--jobs', 'many'], ['--format', 'xml'], ['--ref-date', '2025-13-01'], ['--only', 'quotes,speakers']])('%s exits 2 with usage', (...args) => {
    const run = gisa([...args, at('first.txt')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: gisa [options] [command] [file...]');
  });

  it('names the valid lists when --only is wrong', () => {
    const run = gisa(['--only', '', at('first.txt')]);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('--only takes a comma-separated list of sentences, quotes, entities, dates; got ""');
  });

  it.each([['stats', '--top', '0'], ['completion', 'fish']])('gisa %s … exits 2 with its usage', (...args) => {
    const run = gisa(args);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(`Run 'gisa ${args[0]} --help' for the options.`);
  });

  it('--help and --version exit 0; the help has an example of each format and of stats', () => {
    const help = gisa(['--help']);
    expect(help.status).toBe(0);
    for (const example of ['gisa article.txt', '--format annotated', '--format html', '--format json ', '--format jsonl', '--only quotes', 'gisa stats', 'gisa completion bash']) {
      expect(help.stdout).toContain(example);
    }
    expect(gisa(['--version']).status).toBe(0);
  });
});
