// Process entry: runs main and sets the exit status without cutting off output still being written.
import { limitOldGrowth, scavengeAlone } from './heap.js';
import { main } from './main.js';

limitOldGrowth();
scavengeAlone();

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`gisa: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
