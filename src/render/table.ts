// The table view for a person at a terminal: per document, quotes, entities and dates, within 80 columns.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { DocError, DocResult } from '../types.js';
import { safeForTerminal as safe } from './terminal-safe.js';

const TYPE_LABEL = { PERSON: '인물', PLACE: '장소', ORG: '기관' } as const;

export function renderTable(doc: DocResult, chalk: ChalkInstance, width = 80): string {
  const parts = [chalk.bold(`■ ${safe(doc.id)}`) + chalk.dim(`  기준일 ${doc.refDate ?? '없음'} · 문장 ${doc.sentences.length} · 인용 ${doc.quotes.length}`)];
  const direct = doc.quotes.filter((q) => q.kind === 'direct');
  if (direct.length) {
    const t = table(chalk, ['발화자 speaker', '인용 quote', '동사 verb'], fit(width, [16, 0, 12]));
    for (const q of direct) t.push([q.speaker ? safe(q.speaker.name) : chalk.dim('—'), safe(q.text), safe(q.verb ?? '')]);
    parts.push(t.toString());
  }
  if (doc.entities.length) {
    const t = table(chalk, ['유형 type', '이름 name', '직함·소속 title', '횟수'], fit(width, [11, 22, 0, 6]));
    for (const e of doc.entities) {
      const role = [e.affiliation, e.title].filter(Boolean).join(' ');
      t.push([TYPE_LABEL[e.type], safe(e.name), safe(role), String(e.mentions.length)]);
    }
    parts.push(t.toString());
  }
  if (doc.dates.length) {
    const t = table(chalk, ['날짜 표현 date', '값 value'], fit(width, [0, 24]));
    for (const d of doc.dates) t.push([safe(d.text), d.anchor === 'event' ? chalk.dim(`(사건 기준) ${d.value ?? ''}`) : (d.value ?? '—') + (d.mod ? ` ${d.mod}` : '')]);
    parts.push(t.toString());
  }
  return parts.join('\n') + '\n';
}

export function renderErrorRow(err: DocError, chalk: ChalkInstance): string {
  return chalk.red(`■ ${safe(err.error.message)}`) + '\n';
}

/** Column widths within `width`, the zero one taking what is left (each column adds 3 for borders). */
export function fit(width: number, cols: number[]): number[] {
  const fixed = cols.reduce((a, b) => a + b, 0) + cols.length + 1;
  return cols.map((c) => (c === 0 ? Math.max(12, width - fixed) : c));
}

/** A table in gisa's style; `compact` leaves out the rules between rows (for long ranked lists). */
export function table(chalk: ChalkInstance, head: string[], colWidths: number[], compact = false): { push(row: string[]): void; toString(): string } {
  const colour = chalk.level > 0;
  const t = new Table({
    ...(compact ? { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } } : {}),
    head: head.map((h) => chalk.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: false,
    style: colour ? { head: [], border: ['grey'] } : { head: [], border: [] },
  });
  return {
    push: (row) => t.push(row),
    toString: () => t.toString(),
  };
}
