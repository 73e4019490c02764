#!/usr/bin/env node
// The gisa command: a thin shell over the compiled CLI in dist/ (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('gisa: not built yet: run `npm ci` (or `npm run build`) in the gisa folder first.\n');
  process.exitCode = 1;
} else {
  await import(entry.href);
}
