// Loads a one-entry-a-line data file that sits beside this code (src/segment/*.txt), once.
import { readFileSync } from 'node:fs';

// tsc copies no data files: the path goes through the package root, two levels above both
// src/segment/ (tests) and dist/segment/ (the CLI), to the files beside the sources.
const DIR = new URL('../../src/segment/', import.meta.url);

/** Entries of a lexicon file: trimmed lines, without blank lines and `#` comments. */
export function loadLexicon(name: string): string[] {
  return readFileSync(new URL(name, DIR), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
