// Loads the data files of this folder (one entry a line, `#` comments) once, at module load.
import { readFileSync } from 'node:fs';

// The data lives beside the sources; from dist/ the same relative path leads back to src/.
const DATA = new URL('../../../src/recognize/organizations/data/', import.meta.url);

/** The entries of data/<file>, trimmed, without comments and blank lines. */
export function readList(file: string): string[] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
