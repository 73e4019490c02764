// The gisa command: options → inputs → extract (in-process or on a worker pool) → output in input
// order, with the exit status of CONTRACT.md.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import type { Encoding } from '../read/decode.js';
import { validDate } from '../read/records.js';
import { Progress } from '../render/progress.js';
import { parseOnly, type Field } from '../render/select.js';
import { safeForTerminal } from '../render/terminal-safe.js';
import { colorEnabled, type ColorMode } from './color.js';
import { completionCommand } from './completion.js';
import { colorOption, encodingOption, inputFormatOption, refDateOption, showProgress, terminalWidth, wholeNumber } from './options.js';
import { Output, Sink } from './output.js';
import { Pool } from './pool.js';
import { readUnits } from './sources.js';
import { statsCommand } from './stats.js';
import { FORMATS, type Settings, type Unit } from './unit.js';

interface Options {
  format: Settings['format'];
  only?: string;
  inputFormat: 'text' | 'jsonl';
  refDate?: string;
  color: ColorMode;
  encoding: Encoding;
  jobs: number;
}

const EXAMPLES = `
Formats:
  table      per document, tables of quotes, entities and dates (the default)
  annotated  the article as it reads, quotes, speakers, names and dates marked, who said what after each sentence
  html       one self-contained page for the whole run (kept in memory until the last document: split huge batches)
  json       the result objects of every document, as one array (one document: the object)
  jsonl      one result object a line, streamed (for batches and jq)

Examples:
  gisa article.txt                          tables of quotes, entities and dates
  gisa --format annotated article.txt | less -R
  gisa --format html *.txt > view.html      one page to read in a browser
  gisa --format json article.txt | jq '.quotes[] | {who: .speaker.name, said: .text}'
  cat article.txt | gisa --ref-date 2025-06-06 --format json
  gisa --input-format jsonl --format jsonl articles.jsonl > facts.jsonl
  gisa -i jsonl -f jsonl --only quotes articles.jsonl | jq -r '.quotes[].speaker.name' | sort | uniq -c | sort -rn
  gisa --only quotes,dates article.txt      tables of quotes and dates only
  parallel --pipe --keep-order -S host1,host2 gisa --jobs 1 --input-format jsonl --format jsonl < articles.jsonl > facts.jsonl
  gisa stats *.txt                          counts, top speakers and names over many articles
  gisa stats -i jsonl --by outlet -f json facts.jsonl
  gisa completion bash > ~/.local/share/bash-completion/completions/gisa
`;

/** Exit statuses: CONTRACT.md, plus 130 for Ctrl-C as shells expect. */
const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function program(): Command {
  return new Command('gisa')
    .description('Korean news text → sentences, quotes with their speakers, persons, places, organizations and dates.')
    .argument('[file...]', 'text files (or JSON Lines with --input-format jsonl); standard input when none or "-"')
    .addOption(new Option('-f, --format <format>', 'output format (see Formats below)').choices([...FORMATS]).default('table'))
    .option('--only <lists>', 'only these lists, comma-separated: quotes,entities,dates,sentences (and only the stages they need are run; the views keep the text and its sentences)')
    .addOption(inputFormatOption('input format: plain text, or JSON Lines records {id, text, date}'))
    .addOption(refDateOption())
    .addOption(colorOption('table and annotated views'))
    .addOption(encodingOption())
    .addOption(new Option('-j, --jobs <n>', 'documents processed in parallel (worker threads); 1 runs in-process').argParser(wholeNumber(256)).default(availableParallelism(), 'number of cores'))
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions() // `gisa stats -f json`: options after a subcommand are its own
    .action(() => {}) // documents are read after parsing; without an action a file name would be an unknown command
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function usage(cmd: Command): string {
  const name = cmd.parent ? `gisa ${cmd.name()}` : 'gisa';
  return `Usage: ${name} ${cmd.usage()}\nRun '${name} --help' for the options.\n`;
}

export async function main(argv: string[]): Promise<number> {
  const cmd = program();
  let subcommand: Promise<number> | undefined;
  let active = cmd; // the command whose line was wrong, for the usage message
  cmd.hook('preSubcommand', (_, sub) => void (active = sub));
  cmd.addCommand(statsCommand((run) => (subcommand = run)));
  cmd.addCommand(completionCommand(cmd, (run) => (subcommand = run)));
  try {
    cmd.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      process.stderr.write(usage(active));
      return EXIT.usage;
    }
    throw e;
  }
  if (subcommand) return subcommand;
  const opts = cmd.opts<Options>();
  let only: Field[] | null = null;
  try {
    if (opts.only !== undefined) only = parseOnly(opts.only);
  } catch (e) {
    process.stderr.write(`gisa: ${(e as Error).message}\n${usage(cmd)}`);
    return EXIT.usage;
  }
  if (opts.refDate !== undefined && !validDate(opts.refDate)) {
    process.stderr.write(`gisa: --ref-date must be a date written YYYY-MM-DD, got ${JSON.stringify(opts.refDate)}\n${usage(cmd)}`);
    return EXIT.usage;
  }
  const view = opts.format === 'table' || opts.format === 'annotated';
  const settings: Settings = {
    format: opts.format,
    refDate: opts.refDate ?? null,
    colorLevel: view && colorEnabled(opts.color, process.env, process.stdout.isTTY === true) ? 1 : 0,
    width: terminalWidth(),
    only,
  };
  const out = new Output(process.stdout);
  process.stderr.on('error', () => {}); // `2>&1 | head`: a closed stderr must not crash the run either
  const total = opts.inputFormat === 'text' && cmd.args.length > 0 ? cmd.args.length : undefined;
  const progress = new Progress(process.stderr, showProgress(), total);
  const sink = new Sink(out, opts.format, (m) => process.stderr.write(`gisa: ${safeForTerminal(m)}\n`), progress);
  const interrupt = new AbortController();
  const onSigint = () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(EXIT.interrupted)); // a second Ctrl-C does not wait
    setTimeout(() => process.exit(EXIT.interrupted), 2000).unref(); // nor does a stuck stdout
  };
  process.once('SIGINT', onSigint);
  const stopped = () => out.closed || interrupt.signal.aborted;
  const units = readUnits(cmd.args, { inputFormat: opts.inputFormat, encoding: opts.encoding, stdin: process.stdin, signal: interrupt.signal });
  try {
    await run(units, opts.jobs, settings, sink, out, stopped);
    if (!interrupt.signal.aborted) await sink.end();
  } finally {
    progress.end();
    process.off('SIGINT', onSigint);
  }
  if (out.failure) {
    process.stderr.write(`gisa: cannot write the output: ${out.failure.message}\n`);
    return EXIT.someFailed;
  }
  if (interrupt.signal.aborted) return EXIT.interrupted;
  return sink.failures > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * Every unit through runUnit, results to the sink in input order. With --jobs > 1 worker threads share
 * the work, but only once a second unit shows there is a batch: one document is not worth starting threads.
 */
async function run(units: AsyncGenerator<Unit>, jobs: number, settings: Settings, sink: Sink, out: Output, stopped: () => boolean): Promise<void> {
  const first = await units.next();
  if (first.done || stopped()) return;
  const second = jobs > 1 ? await units.next() : null;
  const { runUnit } = await import('./work.js'); // the stages and their lexicons: loaded once there is work
  if (!second || second.done) {
    await sink.put(runUnit(first.value, settings));
    for await (const unit of units) {
      if (stopped()) break;
      await sink.put(runUnit(unit, settings));
    }
    return;
  }
  const pool = new Pool(jobs, settings, runUnit, (r) => sink.put(r), () => out.written());
  try {
    await pool.add(first.value);
    await pool.add(second.value);
    for await (const unit of units) {
      if (stopped()) break;
      await pool.add(unit);
    }
    if (!stopped()) await pool.finish();
  } finally {
    await pool.close();
  }
}
