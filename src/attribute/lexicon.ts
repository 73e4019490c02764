// Loads the word lists kept as data beside this code (one entry a line, `#` starts a comment).
// Paths resolve against src/attribute so the same files serve the compiled dist/ build and the tests.
import { readFileSync } from 'node:fs';

const HERE = new URL('../../src/attribute/', import.meta.url);

export function loadList(file: string): string[] {
  const text = readFileSync(new URL(file, HERE), 'utf8');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.push(line);
  }
  return out;
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
