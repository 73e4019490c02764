// Statistics for a person (tables within the terminal's width) and for programs (JSON).
import type { ChalkInstance } from 'chalk';
import { fit, table } from '../render/table.js';
import { safeForTerminal as safe } from '../render/terminal-safe.js';
import type { Count, DateRange, Stats, StatsReport } from './collect.js';

export function renderStatsJson(report: StatsReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function renderStatsTable(report: StatsReport, chalk: ChalkInstance, width = 80): string {
  const parts: string[] = [];
  if (report.groups) parts.push(groupTable(report, chalk, width));
  parts.push(summary('전체 all', report.total, chalk));
  const { total } = report;
  if (total.speakers.length) {
    const t = table(chalk, ['화자 speaker', '소속·직함 title', '인용', '문서'], fit(width, [22, 0, 7, 7]), true);
    for (const s of total.speakers) t.push([safe(s.name), safe([s.affiliation, s.title].filter(Boolean).join(' ')), String(s.count), String(s.documents)]);
    parts.push(t.toString());
  }
  const mentioned: Array<[string, Count[]]> = [['인물', total.persons], ['장소', total.places], ['기관', total.organizations]];
  if (mentioned.some(([, list]) => list.length)) {
    const t = table(chalk, ['유형', '이름 name', '언급', '문서'], fit(width, [8, 0, 8, 7]), true);
    for (const [type, list] of mentioned) for (const c of list) t.push([type, safe(c.name), String(c.count), String(c.documents)]);
    parts.push(t.toString());
  }
  return parts.join('\n') + '\n';
}

function summary(label: string, s: Stats, chalk: ChalkInstance): string {
  const share = s.speakerShare === null ? '—' : `${(s.speakerShare * 100).toFixed(1)}%`;
  const lines = [
    `문서 ${s.documents}${s.errors ? ` · 오류 ${s.errors}` : ''} · 문장 ${s.sentences}`,
    `인용 ${s.quotes} · 화자 있음 ${s.quotesWithSpeaker} (${share})${s.indirectQuotes ? ` · 간접 인용 ${s.indirectQuotes}` : ''}`,
    chalk.dim(`기사 날짜 ${range(s.published)} · 본문 속 날짜 ${range(s.mentioned)}`),
  ];
  return `${chalk.bold(`■ ${label}`)}  ${lines[0]}\n  ${lines.slice(1).join('\n  ')}`;
}

const range = (r: DateRange | null) => (r ? (r.from === r.to ? r.from : `${r.from} – ${r.to}`) : '—');

function groupTable(report: StatsReport, chalk: ChalkInstance, width: number): string {
  const t = table(chalk, [safe(report.by ?? ''), '문서', '문장', '인용', '화자%', '최다 인용 화자 top speaker'], fit(width, [16, 7, 8, 7, 7, 0]), true);
  for (const { key, stats: s } of report.groups ?? []) {
    const topSpeaker = s.speakers[0];
    t.push([
      safe(key), String(s.documents), String(s.sentences), String(s.quotes),
      s.speakerShare === null ? '—' : `${Math.round(s.speakerShare * 100)}%`,
      topSpeaker ? `${safe(topSpeaker.name)} (${topSpeaker.count})` : '—',
    ]);
  }
  return t.toString();
}
