// Options that gisa and `gisa stats` share (one definition each, so the two never drift apart), and
// what the terminal decides: output width, whether to draw progress.
import { InvalidArgumentError, Option } from 'commander';
import { ENCODINGS } from '../read/decode.js';

/** A parser for whole numbers from 1 to `max`. */
export function wholeNumber(max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > max) throw new InvalidArgumentError(`must be a whole number from 1 to ${max}.`);
    return n;
  };
}

export const inputFormatOption = (what: string) => new Option('-i, --input-format <format>', what).choices(['text', 'jsonl']).default('text');

export const refDateOption = () => new Option('-d, --ref-date <YYYY-MM-DD>', 'publication date that resolves 지난달, 4일, 내년 초 (default: from the dateline, if any)');

export const colorOption = (views: string) => new Option('--color <when>', `colour in the ${views}`).choices(['auto', 'always', 'never']).default('auto');

export const encodingOption = () => new Option('--encoding <name>', 'input encoding (auto: UTF-8, UTF-16 with BOM, or EUC-KR/CP949)').choices([...ENCODINGS]).default('auto');

/** The terminal's columns when stdout is one, else 80 (a file or pipe). */
export function terminalWidth(): number {
  return process.stdout.isTTY ? process.stdout.columns || 80 : 80;
}

/** A progress line only on a terminal's stderr, and not while the output itself goes to that terminal. */
export function showProgress(): boolean {
  return process.stderr.isTTY === true && process.stdout.isTTY !== true;
}
