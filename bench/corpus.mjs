// The benchmark corpus: JSON Lines of articles made by shuffling the paragraphs of the seed article
// (fixtures/herald-2025-06-06.txt), seeded so every run measures the same bytes.
import { createWriteStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';

/** A small, seeded generator (mulberry32): the corpus must not change between runs. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `path` (about `megabytes` MB) unless it exists; returns its size and document count. */
export async function makeCorpus(path, megabytes, seedText) {
  const countFile = `${path}.count`;
  if (existsSync(path) && existsSync(countFile)) return { bytes: statSync(path).size, docs: Number(readFileSync(countFile, 'utf8')) };
  const paragraphs = seedText.split('\n').filter((p) => p.trim() !== '');
  const rand = random(6);
  const out = createWriteStream(`${path}.part`);
  let bytes = 0;
  let docs = 0;
  while (bytes < megabytes * 1e6) {
    // Headline lines first as in a real article, then a shuffled selection of the body.
    const body = paragraphs.slice(4).filter(() => rand() < 0.8);
    for (let i = body.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [body[i], body[j]] = [body[j], body[i]];
    }
    const text = [...paragraphs.slice(0, 4), ...body].join('\n');
    const line = JSON.stringify({ id: `bench-${++docs}`, text, date: '2025-06-06', source: 'bench' }) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
  await import('node:fs/promises').then((fs) => fs.writeFile(countFile, String(docs)));
  return { bytes, docs };
}

/** The corpus cut in two at the line nearest its middle (for two processes at once); returns both paths. */
export function makeHalves(path) {
  const halves = [`${path}.half1`, `${path}.half2`];
  if (halves.every((h) => existsSync(h))) return halves;
  const all = readFileSync(path);
  const middle = all.indexOf(0x0a, all.length >> 1) + 1;
  writeFileSync(halves[0], all.subarray(0, middle));
  writeFileSync(halves[1], all.subarray(middle));
  return halves;
}
