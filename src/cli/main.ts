// The gisa command: options → inputs → extract → render, with the exit status of CONTRACT.md.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../extract.js';
import { ENCODINGS, type Encoding } from '../read/decode.js';
import { validDate } from '../read/records.js';
import { toJson, toJsonLine } from '../render/json.js';
import { renderErrorRow, renderTable } from '../render/table.js';
import { safeForTerminal } from '../render/terminal-safe.js';
import type { DocError, DocResult } from '../types.js';
import { colorEnabled, makeChalk, type ColorMode } from './color.js';
import { Output } from './output.js';
import { readInputs } from './sources.js';

interface Options {
  format: 'table' | 'json' | 'jsonl';
  inputFormat: 'text' | 'jsonl';
  refDate?: string;
  color: ColorMode;
  encoding: Encoding;
}

const EXAMPLES = `
Examples:
  gisa article.txt                          tables of quotes, entities and dates
  gisa --format json article.txt | jq '.quotes[] | {who: .speaker.name, said: .text}'
  cat article.txt | gisa --ref-date 2025-06-06 --format json
  gisa --input-format jsonl --format jsonl articles.jsonl > facts.jsonl
  gisa --input-format jsonl --format jsonl articles.jsonl | jq -r '.quotes[].speaker.name' | sort | uniq -c | sort -rn
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function program(): Command {
  return new Command('gisa')
    .description('Korean news text → sentences, quotes with their speakers, persons, places, organizations and dates.')
    .argument('[file...]', 'text files (or JSON Lines with --input-format jsonl); standard input when none or "-"')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .addOption(new Option('-i, --input-format <format>', 'input format: plain text, or JSON Lines records {id, text, date}').choices(['text', 'jsonl']).default('text'))
    .option('-d, --ref-date <YYYY-MM-DD>', 'publication date that resolves 지난달, 4일, 내년 초 (default: from the dateline, if any)')
    .addOption(new Option('--color <when>', 'colour in the table view').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--encoding <name>', 'input encoding of text files').choices([...ENCODINGS]).default('auto'))
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

export async function main(argv: string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      process.stderr.write(`Run 'gisa --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
  const opts = cmd.opts<Options>();
  if (opts.refDate !== undefined && !validDate(opts.refDate)) {
    process.stderr.write(`gisa: --ref-date must be a date written YYYY-MM-DD, got ${JSON.stringify(opts.refDate)}\nRun 'gisa --help' for usage.\n`);
    return 2;
  }
  const out = new Output(process.stdout);
  const chalk = makeChalk(colorEnabled(opts.color, process.env, process.stdout.isTTY === true));
  const collected: Array<DocResult | DocError> = [];
  let failures = 0;
  for await (const item of readInputs(cmd.args, { inputFormat: opts.inputFormat, encoding: opts.encoding, stdin: process.stdin })) {
    if (out.closed) break;
    let result: DocResult | DocError;
    if ('error' in item) {
      result = item.error;
    } else {
      const { id, text, refDate, meta } = item.doc;
      result = extract(text, { id, refDate: refDate ?? opts.refDate ?? null, meta });
    }
    if ('error' in result) {
      failures++;
      process.stderr.write(`gisa: ${safeForTerminal(result.error.message)}\n`);
    }
    if (opts.format === 'jsonl') await out.write(toJsonLine(result));
    else if (opts.format === 'json') collected.push(result);
    else await out.write('error' in result ? renderErrorRow(result, chalk) : renderTable(result, chalk));
  }
  if (opts.format === 'json' && collected.length > 0) await out.write(toJson(collected));
  return failures > 0 ? 1 : 0;
}
