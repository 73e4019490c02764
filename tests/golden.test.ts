// The sample article's whole JSON result against its golden file: any change in any stage shows here.
// After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts` and
// read the diff before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

describe('sample article', () => {
  it('gives the JSON of its golden file', () => {
    const text = readFileSync(fixture('herald-2025-06-06.txt'), 'utf8');
    const json = JSON.stringify(extract(text, { id: 'herald-2025-06-06.txt' }), null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN) writeFileSync(fixture('herald-2025-06-06.json'), json);
    expect(json).toBe(readFileSync(fixture('herald-2025-06-06.json'), 'utf8'));
  });
});
