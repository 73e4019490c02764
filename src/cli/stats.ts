// `gisa stats`: statistics over many documents — text files, or JSON Lines of gisa's own results (or
// input records, run through the pipeline) — as tables or JSON, optionally per group (--by outlet).
// Results stream through a StatsCollector one at a time, so memory stays flat over a big batch.
import { createReadStream } from 'node:fs';
import { Command, Option } from 'commander';
import type { Encoding } from '../read/decode.js';
import { validDate } from '../read/records.js';
import { Progress } from '../render/progress.js';
import { safeForTerminal } from '../render/terminal-safe.js';
import { StatsCollector } from '../stats/collect.js';
import { renderStatsJson, renderStatsTable } from '../stats/render.js';
import type { DocError, DocResult } from '../types.js';
import { colorEnabled, makeChalk, type ColorMode } from './color.js';
import { colorOption, encodingOption, inputFormatOption, refDateOption, showProgress, terminalWidth, wholeNumber } from './options.js';
import { Output } from './output.js';
import { readUnits } from './sources.js';

interface StatsOptions {
  format: 'table' | 'json';
  inputFormat: 'text' | 'jsonl';
  by?: string;
  top: number;
  refDate?: string;
  color: ColorMode;
  encoding: Encoding;
}

const EXAMPLES = `
Examples:
  gisa stats *.txt                                  totals, top speakers and names, date ranges
  gisa -i jsonl -f jsonl articles.jsonl > facts.jsonl && gisa stats -i jsonl facts.jsonl
  gisa stats -i jsonl --by outlet articles.jsonl    one row per outlet (a field of the input records)
  gisa stats -i jsonl --by date -f json --top 50 facts.jsonl | jq '.groups[] | {key, quotes: .stats.quotes}'
`;

/** The subcommand; `start` receives the run (main awaits it for the exit status). */
export function statsCommand(start: (run: Promise<number>) => void): Command {
  return new Command('stats')
    .description('Statistics over many documents: counts, share of quotes with a speaker, top speakers and names, date ranges.')
    .argument('[file...]', 'text files, or JSON Lines (gisa\'s own output, or input records) with --input-format jsonl; standard input when none or "-"')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(inputFormatOption('text files, or JSON Lines: gisa results (--format jsonl output) or input records {id, text, date}'))
    .option('--by <field>', 'group by a field of the input records (outlet, section …; date is the publication date)')
    .addOption(new Option('--top <n>', 'how many speakers and names to list').argParser(wholeNumber(1_000_000)).default(10))
    .addOption(refDateOption())
    .addOption(colorOption('table view'))
    .addOption(encodingOption())
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action((files: string[], opts: StatsOptions) => start(stats(files, opts)));
}

async function stats(files: string[], opts: StatsOptions): Promise<number> {
  if (opts.refDate !== undefined && !validDate(opts.refDate)) {
    process.stderr.write(`gisa stats: --ref-date must be a date written YYYY-MM-DD, got ${JSON.stringify(opts.refDate)}\nRun 'gisa stats --help' for the options.\n`);
    return 2;
  }
  const collector = new StatsCollector(opts.by, opts.top);
  const progress = new Progress(process.stderr, showProgress(), opts.inputFormat === 'text' && files.length ? files.length : undefined);
  let failures = 0;
  for await (const r of results(files, opts)) {
    if ('error' in r) {
      failures++;
      progress.end();
      process.stderr.write(`gisa: ${safeForTerminal(r.error.message)}\n`);
    }
    collector.add(r);
    progress.tick();
  }
  progress.end();
  const report = collector.report();
  const out = new Output(process.stdout);
  const chalk = makeChalk(colorEnabled(opts.color, process.env, process.stdout.isTTY === true));
  await out.write(opts.format === 'json' ? renderStatsJson(report) : renderStatsTable(report, chalk, terminalWidth()));
  if (out.failure) {
    process.stderr.write(`gisa: cannot write the output: ${out.failure.message}\n`);
    return 1;
  }
  return failures > 0 ? 1 : 0;
}

/** Every input's result, in order; the pipeline is loaded here only (the lexicons cost time to load). */
async function* results(files: string[], opts: StatsOptions): AsyncGenerator<DocResult | DocError> {
  const refDate = opts.refDate ?? null;
  if (opts.inputFormat === 'jsonl') {
    const { readResultLines } = await import('../stats/read.js');
    for (const path of files.length ? files : ['-']) {
      const stream = path === '-' ? process.stdin : createReadStream(path);
      yield* readResultLines(stream, path === '-' ? 'stdin' : path, opts.refDate);
    }
    return;
  }
  const { internalError, resultOf } = await import('./work.js');
  const signal = new AbortController().signal;
  for await (const unit of readUnits(files, { inputFormat: 'text', encoding: opts.encoding, stdin: process.stdin, signal })) {
    try {
      yield resultOf(unit, refDate).result;
    } catch (e) {
      yield internalError(unit, e);
    }
  }
}
