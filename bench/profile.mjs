// Where gisa's single-thread time goes: each step of the pipeline timed on its own over the corpus
// (in-process, the compiled stages from dist/), the steps in the order extract() and the CLI run them,
// over the first GISA_BENCH_PROFILE_MB (default 10) MB of the corpus.
import { createReadStream } from 'node:fs';
import { jsonLines } from '../dist/read/lines.js';
import { parseRecord } from '../dist/read/records.js';
import { segment } from '../dist/segment/index.js';
import { inferRefDate } from '../dist/recognize/dates/index.js';
import { recognize } from '../dist/recognize/index.js';
import { attribute } from '../dist/attribute/index.js';
import { findPersons } from '../dist/recognize/persons/index.js';
import { findOrganizations } from '../dist/recognize/organizations/index.js';
import { findPlaces } from '../dist/recognize/places/index.js';
import { findDates } from '../dist/recognize/dates/index.js';
import { link } from '../dist/recognize/link.js';
import { utf8Text } from '../dist/cli/utf8.js';
import { Blocks } from '../dist/cli/batch.js';

const steps = ['read lines', 'decode UTF-8', 'JSON.parse', 'segment', 'recognize', 'attribute', 'JSON.stringify', 'encode UTF-8'];
const ns = Object.fromEntries(steps.map((s) => [s, 0n]));
const limit = Number(process.env.GISA_BENCH_PROFILE_MB ?? 10) * 1e6;
let bytes = 0;
let docs = 0;
let blocks = new Blocks();
let t = process.hrtime.bigint();
const lap = (step) => {
  const now = process.hrtime.bigint();
  ns[step] += now - t;
  t = now;
};
for await (const { line } of jsonLines(createReadStream(process.argv[2], { highWaterMark: 256 * 1024 }), 'auto')) {
  lap('read lines');
  if ((bytes += line.length) > limit) break;
  const json = utf8Text(line); // as the CLI decodes a record
  lap('decode UTF-8');
  const doc = parseRecord(json);
  lap('JSON.parse');
  const seg = segment(doc.text);
  lap('segment');
  const refDate = doc.refDate ?? inferRefDate(seg);
  const { entities, dates } = recognize(seg, refDate);
  lap('recognize');
  const quotes = attribute(seg, entities);
  lap('attribute');
  const out = JSON.stringify({ id: doc.id, refDate, sentences: seg.sentences, quotes, entities, dates, meta: doc.meta }) + '\n';
  lap('JSON.stringify');
  if (++docs % 256 === 0) blocks = new Blocks(); // a batch's buffers, as the CLI encodes output
  blocks.add(out);
  lap('encode UTF-8');
}
// Inside recognize: each recognizer and the linking of mentions into entities, on the same documents.
const parts = ['persons', 'organizations', 'places', 'dates', 'link'];
const partNs = Object.fromEntries(parts.map((s) => [s, 0n]));
bytes = 0;
for await (const { line } of jsonLines(createReadStream(process.argv[2], { highWaterMark: 256 * 1024 }), 'auto')) {
  if ((bytes += line.length) > limit) break;
  const doc = parseRecord(utf8Text(line));
  const seg = segment(doc.text);
  const timed = (part, fn) => {
    const t0 = process.hrtime.bigint();
    const r = fn();
    partNs[part] += process.hrtime.bigint() - t0;
    return r;
  };
  const mentions = [...timed('persons', () => findPersons(seg)), ...timed('organizations', () => findOrganizations(seg)), ...timed('places', () => findPlaces(seg))];
  timed('dates', () => findDates(seg, doc.refDate ?? null));
  timed('link', () => link(mentions));
}
const ms = (table) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Number(v) / 1e6]));
process.stdout.write(JSON.stringify({ mb: Math.min(bytes, limit) / 1e6, ms: ms(ns), recognize: ms(partNs) }) + '\n');
