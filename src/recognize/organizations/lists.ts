// Loads the data files of this folder (one entry a line, `#` comments) once, at module load.
import { readLines } from '../../data-files.js';

/** The entries of data/<file>, trimmed, without comments and blank lines. */
export function readList(file: string): string[] {
  return readLines(`recognize/organizations/data/${file}`);
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
