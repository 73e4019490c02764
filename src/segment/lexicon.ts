// The segmenter's word lists (src/segment/*.txt), loaded once.
import { readLines } from '../data-files.js';

/** Entries of a lexicon file beside this code. */
export function loadLexicon(name: string): string[] {
  return readLines(`segment/${name}`);
}
