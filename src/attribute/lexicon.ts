// Loads the word lists kept as data beside this code (one entry a line, `#` starts a comment).
import { readLines } from '../data-files.js';

export function loadList(file: string): string[] {
  return readLines(`attribute/${file}`);
}

/** Tab- or space-separated pairs (`美 미국`) as a map. */
export function loadMap(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of loadList(file)) {
    const [key, value] = line.split(/\s+/, 2);
    if (key && value) map.set(key, value);
  }
  return map;
}
