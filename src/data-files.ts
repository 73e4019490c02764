// Lexicons are data files beside the code that uses them: one entry a line, `#` starts a comment line,
// tab-separated columns where a file has several. tsc copies no data files, so paths go through the
// package root: the same files serve src/ (tests) and dist/ (the CLI), and the package ships src/**/*.txt.
import { readFileSync } from 'node:fs';

const SRC = new URL('../src/', import.meta.url); // one level above both src/data-files.ts and dist/data-files.js

/** Trimmed lines of src/`path`, without blank lines and comment lines. */
export function readLines(path: string): string[] {
  const out: string[] = [];
  for (const raw of readFileSync(new URL(path, SRC), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push(line);
  }
  return out;
}

/** The lines of src/`path`, each split into its tab-separated columns. */
export function readRows(path: string): string[][] {
  return readLines(path).map((line) => line.split('\t'));
}
