// Preloaded into each measured process (node --import): on exit, writes its peak RSS and CPU time
// (all threads, workers included) to the file named by GISA_BENCH_USAGE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.GISA_BENCH_USAGE;
if (isMainThread && file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}
