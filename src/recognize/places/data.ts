// Reads the lexicons in ./data (one entry a line, `#` comments) once, at module load.
import { readFileSync } from 'node:fs';

// Resolved from the repository root so the same path works from src/ (tests) and dist/ (the CLI): both
// sit three levels below it, and the data files live beside the source that uses them.
const DATA = new URL('../../../src/recognize/places/data/', import.meta.url);

/** The non-empty, non-comment lines of a data file, each split at tabs. */
export function readRows(file: string): string[][] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** A one-column list as a set. */
export function readSet(file: string): Set<string> {
  return new Set(readRows(file).map((row) => row[0]));
}

/** Rows `surface [TAB canonical[,canonical…]] [TAB note]` as surface, canonical names (the surface itself by default), note. */
export function readNames(file: string): Array<[string, string[], string | undefined]> {
  return readRows(file).map(([surface, names, note]) => [surface, (names ?? surface).split(','), note]);
}
