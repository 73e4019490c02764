// Running the built command (node bin/gisa.js) from tests, and the small invented inputs they share.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/gisa.js');
export const HERALD = readFileSync(join(ROOT, 'fixtures/herald-2025-06-06.txt'), 'utf8');

/** Invented sentences (never corpus text). */
export const SHORT = ['김민수 기자는 “내일 비가 온다”고 말했다.', '서울시는 6월 4일 새 계획을 발표했다.', '“좋다.” 이영희 교수가 답했다.'];

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'dist/cli/run.js'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
}

export function gisa(args: string[], options: SpawnSyncOptions & { command?: string[] } = {}): Run {
  ensureBuilt();
  const [cmd, ...pre] = options.command ?? [process.execPath];
  const r = spawnSync(cmd, [...pre, BIN, ...args], { cwd: ROOT, maxBuffer: 1 << 30, ...options, encoding: 'buffer' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** For pipes and signals: the child, started with stdin and stdout as pipes. */
export function gisaAsync(args: string[]) {
  ensureBuilt();
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A fresh folder that any user may read (one test runs gisa as `nobody`). */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gisa-test-'));
  chmodSync(dir, 0o755);
  return dir;
}

export const jsonl = (records: object[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');

export const parseLines = (out: string): Array<Record<string, any>> => out.trimEnd().split('\n').map((l) => JSON.parse(l));

/** The command exists (GNU parallel, setpriv …). */
export function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
