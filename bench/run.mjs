// npm run bench: gisa's throughput, CPU time and peak memory with --jobs 1 and --jobs N, beside Node's
// own Intl.Segmenter over the same documents, on a generated corpus (GISA_BENCH_MB, default 100 MB).
// Also checks that --jobs N printed exactly what --jobs 1 printed, and times each pipeline step.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { makeCorpus, makeHalves } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}bench/out`;
const megabytes = Number(process.env.GISA_BENCH_MB ?? 100);
const cores = availableParallelism();
const jobsN = Number(process.env.GISA_BENCH_JOBS ?? Math.max(2, cores));
/** Runs of each configuration, interleaved; the best of each is reported (a shared machine only adds time). */
const repeat = Number(process.env.GISA_BENCH_REPEAT ?? 1);
mkdirSync(outDir, { recursive: true });

const seed = readFileSync(`${root}fixtures/herald-2025-06-06.txt`, 'utf8');
const corpus = `${outDir}/corpus-${megabytes}mb.jsonl`;
const { bytes, docs } = await makeCorpus(corpus, megabytes, seed);
const mb = bytes / 1e6;
console.log(`corpus: ${corpus.slice(root.length)} — ${mb.toFixed(1)} MB, ${docs} documents; ${cores} cores; node ${process.version}\n`);

/** Runs a node script with the usage probe; stdout is hashed (never stored), wall time measured here. */
function measure(args, tag = '') {
  const usageFile = `${outDir}/usage-${process.pid}${tag}.json`;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', `${root}bench/usage.mjs`, ...args], {
      cwd: root,
      env: { ...process.env, GISA_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const hash = createHash('sha256');
    let outBytes = 0;
    let text = '';
    child.stdout.on('data', (c) => {
      hash.update(c);
      outBytes += c.length;
      if (text.length < 4096) text += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const u = JSON.parse(readFileSync(usageFile, 'utf8'));
      rmSync(usageFile);
      resolve({ code, wall, cpu: (u.userUs + u.systemUs) / 1e6, user: u.userUs / 1e6, sys: u.systemUs / 1e6, rssMB: u.maxRssKB / 1024, sha: hash.digest('hex'), outBytes, text });
    });
  });
}

const gisa = (jobs, input = corpus, ...more) => ['bin/gisa.js', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs), ...more, input];
const halves = makeHalves(corpus);
/**
 * Two --jobs 1 processes at once, each on half the corpus: what running two threads at once costs on this
 * machine by itself (shared caches and cores), with no pool involved; --jobs N's extra CPU includes it.
 */
async function pair() {
  const [a, b] = await Promise.all(halves.map((h, i) => measure(gisa(1, h), `-${i}`)));
  return { ...a, wall: Math.max(a.wall, b.wall), cpu: a.cpu + b.cpu, user: a.user + b.user, sys: a.sys + b.sys, rssMB: Math.max(a.rssMB, b.rssMB), code: Math.max(a.code, b.code) };
}
const runs = { base: [], one: [], many: [], pair: [], split: [] };
for (let i = 0; i < repeat; i++) {
  runs.base.push(await measure(['bench/baseline.mjs', corpus]));
  runs.one.push(await measure(gisa(1)));
  runs.many.push(await measure(gisa(jobsN)));
  runs.pair.push(await pair());
  runs.split.push(await measure(gisa(1, corpus, '--only', 'sentences')));
}
/** The best of several runs: least wall time, least CPU, least peak memory (each its own minimum). */
const best = (rs) => ({
  ...rs[0],
  wall: Math.min(...rs.map((r) => r.wall)),
  cpu: Math.min(...rs.map((r) => r.cpu)),
  user: rs.reduce((a, r) => (r.cpu < a.cpu ? r : a)).user,
  sys: rs.reduce((a, r) => (r.cpu < a.cpu ? r : a)).sys,
  rssMB: Math.min(...rs.map((r) => r.rssMB)),
  code: Math.max(...rs.map((r) => r.code)),
  sha: rs.every((r) => r.sha === rs[0].sha) ? rs[0].sha : 'differs between runs',
});
const [base, one, many, two, split] = [best(runs.base), best(runs.one), best(runs.many), best(runs.pair), best(runs.split)];
if (repeat > 1) console.log(`best of ${repeat} interleaved runs each\n`);

const baseInfo = JSON.parse(base.text);
baseInfo.segmentMs = Math.min(...runs.base.map((r) => JSON.parse(r.text).segmentMs));
const row = (name, r) =>
  [name.padEnd(34), (mb / r.wall).toFixed(1).padStart(7), Math.round(docs / r.wall).toString().padStart(8), r.wall.toFixed(2).padStart(7),
    `${r.cpu.toFixed(2)} (${r.user.toFixed(2)}+${r.sys.toFixed(2)})`.padStart(20), r.rssMB.toFixed(0).padStart(8)].join(' ');
console.log(['run'.padEnd(34), '   MB/s', '  docs/s', ' wall s', 'CPU s (user+sys)'.padStart(20), 'peak RSS MB'].join(' '));
console.log(row('baseline: Intl.Segmenter (process)', base));
console.log(row('gisa --jobs 1', one));
console.log(row(`gisa --jobs ${jobsN}`, many));
console.log(row('two gisa --jobs 1 at once (halves)', two));
console.log(row('gisa --jobs 1 --only sentences', split));
const segOnly = baseInfo.segmentMs / 1000;
console.log(`${'baseline: segmenting alone'.padEnd(34)} ${(mb / segOnly).toFixed(1).padStart(7)} ${Math.round(docs / segOnly).toString().padStart(8)} ${segOnly.toFixed(2).padStart(7)}`);

const ratio = (mb / one.wall) / (mb / base.wall);
const ratioSeg = (mb / one.wall) / (mb / segOnly);
const cpuRatio = many.cpu / one.cpu;
const same = one.sha === many.sha && one.code === 0 && many.code === 0;
console.log(`
gisa --jobs 1 / baseline throughput: ${ratio.toFixed(2)} (vs segmenting alone: ${ratioSeg.toFixed(2)})   floor ≥ 0.5  ${ratio >= 0.5 ? 'ok' : 'BELOW'}
gisa --jobs ${jobsN} CPU / --jobs 1 CPU:         ${cpuRatio.toFixed(2)}   floor ≤ 1.15  ${cpuRatio <= 1.15 ? 'ok' : 'ABOVE'}
peak RSS (largest gisa run):          ${Math.max(...runs.one.map((r) => r.rssMB), ...runs.many.map((r) => r.rssMB)).toFixed(0)} MB   floor < 200 MB  ${Math.max(...runs.one.map((r) => r.rssMB), ...runs.many.map((r) => r.rssMB)) < 200 ? 'ok' : 'ABOVE'}
  (two --jobs 1 processes at once, on halves: ${(two.cpu / one.cpu).toFixed(2)} of one process's CPU: the machine's own cost of two at once)
speed-up --jobs ${jobsN} over --jobs 1:       ${(one.wall / many.wall).toFixed(2)}×
sentences alone (--only sentences) / baseline throughput: ${((mb / split.wall) / (mb / base.wall)).toFixed(2)}
--jobs ${jobsN} output identical to --jobs 1: ${same ? 'yes' : 'NO'} (${(one.outBytes / 1e6).toFixed(1)} MB, exit ${one.code}/${many.code})`);

const prof = await measure(['bench/profile.mjs', corpus]);
const { mb: profMb, ms: steps, recognize } = JSON.parse(prof.text);
const total = Object.values(steps).reduce((a, b) => a + b, 0);
console.log(`\nwhere single-thread time goes (each step timed alone, in-process, first ${profMb.toFixed(1)} MB):`);
for (const [step, ms] of Object.entries(steps)) {
  console.log(`  ${step.padEnd(16)} ${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${(profMb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
}
const recTotal = Object.values(recognize).reduce((a, b) => a + b, 0);
console.log(`  inside recognize (timed again, each part alone):`);
for (const [part, ms] of Object.entries(recognize)) {
  console.log(`    ${part.padEnd(14)} ${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / recTotal).toFixed(1).padStart(5)} %  ${(profMb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
}
// What the throughput floor leaves for the analysis once the contract's input and output are paid for.
const ioSteps = ['read lines', 'decode UTF-8', 'JSON.parse', 'JSON.stringify', 'encode UTF-8'];
const io = ioSteps.reduce((a, step) => a + steps[step], 0) / 1000;
const analysis = (total / 1000) - io;
const budget = profMb / (0.5 * (mb / base.wall));
console.log(`  reading and writing alone (${ioSteps.join(', ')}): ${io.toFixed(2)} s, ${(profMb / io).toFixed(1)} MB/s = ${((profMb / io) / (mb / base.wall)).toFixed(2)} × the baseline
  the throughput floor allows ${budget.toFixed(2)} s for these ${profMb.toFixed(1)} MB, leaving ${(budget - io).toFixed(2)} s for segment + recognize + attribute (now ${analysis.toFixed(2)} s)`);
if (!same || one.code !== 0) process.exitCode = 1;
