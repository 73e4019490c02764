// Loads the date lexicons (lexicon/*.tsv: one entry a line, tab-separated columns, `#` comments) once.
import { readRows } from '../../data-files.js';

/** The rows of lexicon/`name`, each split into its columns. */
export function loadLexicon(name: string): string[][] {
  return readRows(`recognize/dates/lexicon/${name}`);
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
