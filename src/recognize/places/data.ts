// Reads the lexicons in ./data (one entry a line, `#` comments) once, at module load.
import { readRows as readDataRows } from '../../data-files.js';

/** The non-empty, non-comment lines of a data file, each split at tabs. */
export function readRows(file: string): string[][] {
  return readDataRows(`recognize/places/data/${file}`);
}

/** A one-column list as a set. */
export function readSet(file: string): Set<string> {
  return new Set(readRows(file).map((row) => row[0]));
}

/** Rows `surface [TAB canonical[,canonical…]] [TAB note]` as surface, canonical names (the surface itself by default), note. */
export function readNames(file: string): Array<[string, string[], string | undefined]> {
  return readRows(file).map(([surface, names, note]) => [surface, (names ?? surface).split(','), note]);
}
