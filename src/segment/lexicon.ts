// Loads a one-entry-a-line data file that sits beside this code (src/segment/*.txt).
import { readFileSync } from 'node:fs';

/** Entries of a lexicon file: trimmed lines, without blank lines and `#` comments. */
export function loadLexicon(name: string): string[] {
  // Compiled code runs from dist/segment/, where tsc copies no data: fall back to the source folder.
  let raw: string;
  try {
    raw = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  } catch {
    raw = readFileSync(new URL(`../../src/segment/${name}`, import.meta.url), 'utf8');
  }
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
