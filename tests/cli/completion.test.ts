// `gisa completion bash|zsh`: scripts the shells accept, completing options, format values and lists.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gisa, has, scratch } from './gisa.js';

describe('gisa completion', () => {
  it('bash: a script bash -n accepts, completing options, --format values, --only lists and subcommands', () => {
    const run = gisa(['completion', 'bash']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const file = join(scratch(), 'gisa.bash');
    writeFileSync(file, run.stdout);
    expect(spawnSync('bash', ['-n', file], { encoding: 'utf8' }).stderr).toBe('');
    // Each case: the words typed so far (the last one being completed) → the completions offered.
    const cases: Array<[string, string]> = [
      ['gisa --format a', 'annotated'],
      ['gisa -f ', 'table json jsonl annotated html'],
      ['gisa --only quotes,d', 'quotes,dates'],
      ['gisa --col', '--color'],
      ['gisa sta', 'stats'],
      ['gisa stats -f ', 'table json'],
      ['gisa stats --b', '--by'],
      ['gisa completion ', 'bash zsh'],
    ];
    const script = cases.map(([line]) => {
      const words = line.split(' ');
      return `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _gisa; echo "\${COMPREPLY[*]}"`;
    });
    const out = spawnSync('bash', ['-c', `source ${file}\n${script.join('\n')}`], { encoding: 'utf8' });
    expect(out.stdout.trimEnd().split('\n')).toEqual(cases.map(([, expected]) => expected));
  });

  it.skipIf(!has('zsh'))('zsh: a script zsh -n accepts', () => {
    const run = gisa(['completion', 'zsh']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('#compdef gisa\n')).toBe(true);
    expect(spawnSync('zsh', ['-n'], { input: run.stdout, encoding: 'utf8' }).status).toBe(0);
  });
});
