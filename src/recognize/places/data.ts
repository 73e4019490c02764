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

/** Ordinary words a rule must not read as places (the data/*-stops.txt lists), looked for at a word's end. */
export class Stops {
  private readonly words: Set<string>;
  /** The lengths of the words, each tried once. */
  private readonly lengths: number[];

  constructor(file: string) {
    this.words = readSet(file);
    this.lengths = [...new Set([...this.words].map((w) => w.length))];
  }

  /** True when text[start, end) ends in one of the words (특강, 무인섬, 활동, 기술주). */
  endAt(text: string, start: number, end: number): boolean {
    for (const n of this.lengths) if (end - n >= start && this.words.has(text.slice(end - n, end))) return true;
    return false;
  }
}
