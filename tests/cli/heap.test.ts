// YoungCap relies on V8 reading --semi-space-growth-factor at each growth: if a Node or V8 upgrade stops
// honouring that, this fails (and --jobs 2's peak memory goes back up). Run in a child process, since the
// flag is process-wide.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './gisa.js';

// Churn that keeps objects surviving scavenges, so V8 grows the young generation; prints its size in MB.
const script = (cap: boolean) => `
  import v8 from 'node:v8';
  import { YoungCap } from ${JSON.stringify(join(ROOT, 'dist/cli/heap.js'))};
  const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
  const cap = new YoungCap(4 * 1048576);
  let keep = [];
  for (let i = 0; i < 4e6; i++) {
    keep.push({ i, s: 'x' + i });
    if (keep.length > 200000) keep = [];
    if (${cap} && i % 1000 === 0) cap.check();
  }
  console.log(young());
`;

const youngAfter = (cap: boolean) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script(cap)], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout);
};

describe('YoungCap', () => {
  it('stops the young generation growing once it reaches the cap', () => {
    expect(youngAfter(false)).toBeGreaterThan(8);
    const capped = youngAfter(true);
    expect(capped).toBeGreaterThanOrEqual(4);
    expect(capped).toBeLessThanOrEqual(8);
  });
});
