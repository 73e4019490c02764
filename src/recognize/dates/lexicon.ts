// Loads the date lexicons (lexicon/*.tsv: one entry a line, tab-separated columns, `#` comments) once.
import { readFileSync } from 'node:fs';

// tsc copies no data files, so compiled code in dist/recognize/dates/ reads the same files as the
// sources: the path goes through the package root, which is three levels up from both.
const DIR = new URL('../../../src/recognize/dates/lexicon/', import.meta.url);

/** The rows of lexicon/`name`, each split into its columns. */
export function loadLexicon(name: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(new URL(name, DIR), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}

/** A regex alternation of `words`, longest first, a space inside a word also matching no space. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escapeRegex).join('[ \\u00a0]?'))
    .join('|');
}

/** The lookup key of a matched word: spaces removed, so 다음달 and 다음 달 are one entry. */
export function wordKey(word: string): string {
  return word.replace(/[ \u00a0]/g, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
