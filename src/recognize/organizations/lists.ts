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

/** Words grouped by their last character, for a quick look-up of the few a word may end with. */
export function byLastChar(words: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const last = w.at(-1) ?? '';
    out.set(last, [...(out.get(last) ?? []), w]);
  }
  return out;
}
