// The baseline the benchmark compares gisa with: Node's own Intl.Segmenter('ko', sentence), per document,
// over the same JSON Lines (read, parsed, every sentence visited). Prints the time spent segmenting alone.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });
let sentences = 0;
let segmentNs = 0n;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  const t0 = process.hrtime.bigint();
  for (const s of segmenter.segment(text)) if (s.segment.length) sentences++;
  segmentNs += process.hrtime.bigint() - t0;
}
process.stdout.write(JSON.stringify({ sentences, segmentMs: Number(segmentNs / 1000000n) }) + '\n');
