// The persons lexicons (surnames.txt, titles.txt, not-names.txt), loaded once at module load.
// Also the lookup the attribution stage uses to recognise a title after a speaker's name.
import { existsSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Lines of a data file beside this module, without blank lines and `#` comments. tsc does not copy
 * .txt files into dist/, so a compiled module falls back to the same file under src/.
 */
export function readLexicon(name: string): string[] {
  let path = fileURLToPath(new URL(name, import.meta.url));
  if (!existsSync(path)) {
    const at = path.lastIndexOf(`${sep}dist${sep}`);
    if (at >= 0) path = `${path.slice(0, at)}${sep}src${sep}${path.slice(at + 6)}`;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export const SURNAMES: ReadonlySet<string> = new Set(readLexicon('surnames.txt'));
export const TITLES: ReadonlySet<string> = new Set(readLexicon('titles.txt'));
export const NOT_NAMES: ReadonlySet<string> = new Set(readLexicon('not-names.txt'));

/** Every country's Korean name (Intl.DisplayNames), which is never part of a person's name. */
export const COUNTRIES: ReadonlySet<string> = countryNames();

function countryNames(): Set<string> {
  const names = new Intl.DisplayNames('ko', { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !name.includes(' ')) out.add(name);
    }
  }
  return out;
}

const LONGEST_TITLE = Math.max(...[...TITLES].map((t) => t.length));

export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

/**
 * The title a word ends with, when the rest is a plausible prefix of a compound title
 * (국무위원장 → 위원장, 통일부장관 → 장관); the whole word when it is a title itself.
 */
export function titleEnding(word: string): string | undefined {
  if (TITLES.has(word)) return word;
  for (let n = Math.min(LONGEST_TITLE, word.length - 1); n >= 2; n--) {
    const tail = word.slice(-n);
    if (TITLES.has(tail)) return tail;
  }
  return undefined;
}
