// The annotated view: the article as it reads, with quotes, speakers, persons, places, organizations and
// dates marked (colours, or brackets such as [홍민|PER] and «…» without colour), each sentence that holds
// quotes followed by who said them (← 홍민 (분석했다)), wrapped to the terminal's width.
import type { ChalkInstance } from 'chalk';
import type { DocResult, Quote } from '../types.js';
import { annotate, type Mark, type MarkKind } from './marks.js';
import { safeForTerminal } from './terminal-safe.js';
import { wrap, type Run } from './wrap.js';

/** What a run of text is: the kinds of the marks around it (outermost first), or a note or date value. */
type Style = ReadonlyArray<MarkKind | 'note' | 'value'>;

const LABEL: Record<MarkKind, string> = {
  quote: '', indirect: '', speaker: 'SPK', PERSON: 'PER', PLACE: 'LOC', ORG: 'ORG', date: 'DATE',
};

interface Look {
  colour?: 'green' | 'magenta' | 'cyan' | 'yellow' | 'blueBright' | 'red' | 'gray';
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  dim?: boolean;
}

const LOOK: Record<Style[number], Look> = {
  quote: { colour: 'green', italic: true },
  indirect: { colour: 'green', dim: true },
  speaker: { colour: 'magenta', bold: true, underline: true },
  PERSON: { colour: 'cyan' },
  PLACE: { colour: 'yellow' },
  ORG: { colour: 'blueBright' },
  date: { colour: 'red' },
  note: { colour: 'gray' },
  value: { dim: true },
};

export function renderAnnotated(doc: DocResult, text: string, chalk: ChalkInstance, width = 80): string {
  const colour = chalk.level > 0;
  const runs: Array<Run<Style>> = [];
  let style: Style = [];
  for (const piece of annotate(doc, text)) {
    if (piece.kind === 'text') {
      runs.push({ text: escapeLines(piece.text), style });
    } else if (piece.kind === 'open') {
      if (colour) style = [...style, piece.mark.kind];
      else runs.push({ text: openBracket(piece.mark.kind), style });
    } else if (piece.kind === 'close') {
      if (colour) {
        style = style.slice(0, -1);
        const value = dateValue(piece.mark);
        if (value) runs.push({ text: `=${value}`, style: ['value'] });
      } else runs.push({ text: closeBracket(piece.mark), style });
    } else {
      runs.push({ text: ` ${notes(piece.quotes.map((i) => doc.quotes[i]!))}`, style: ['note'] });
    }
  }
  const paint = painter(chalk);
  const body = wrap(runs, width).map((line) => line.map((r) => paint(r.text, r.style)).join('')).join('\n');
  return `${header(doc, chalk)}\n${legend(chalk)}\n\n${body}\n`;
}

function header(doc: DocResult, chalk: ChalkInstance): string {
  const direct = doc.quotes.filter((q) => q.kind === 'direct').length;
  const facts = `기준일 ${doc.refDate ?? '없음'} · 문장 ${doc.sentences.length} · 인용 ${direct} · 개체 ${doc.entities.length} · 날짜 ${doc.dates.length}`;
  return chalk.bold(`■ ${safeForTerminal(doc.id)}`) + chalk.dim(`  ${facts}`);
}

function legend(chalk: ChalkInstance): string {
  if (chalk.level === 0) return '«인용» [화자|SPK] [인물|PER] [장소|LOC] [기관|ORG] [날짜|DATE=값] ← 화자 (동사)';
  const paint = painter(chalk);
  const items: Array<[string, Style]> = [
    ['인용 quote', ['quote']], ['화자 speaker', ['speaker']], ['인물 person', ['PERSON']],
    ['장소 place', ['PLACE']], ['기관 org', ['ORG']], ['날짜 date', ['date']], ['← 화자 (동사)', ['note']],
  ];
  return items.map(([t, s]) => paint(t, s)).join(' ');
}

function openBracket(kind: MarkKind): string {
  return kind === 'quote' ? '«' : kind === 'indirect' ? '‹' : '[';
}

function closeBracket(mark: Mark): string {
  if (mark.kind === 'quote') return '»';
  if (mark.kind === 'indirect') return '›';
  const value = dateValue(mark);
  return `|${LABEL[mark.kind]}${value ? `=${value}` : ''}]`;
}

/** A date's normalized value as shown after it: 2024-09, 2026/START, 이날 as event:2025-06-04. */
function dateValue(mark: Mark): string {
  const d = mark.date;
  if (!d) return '';
  const value = (d.value ?? '?') + (d.mod ? `/${d.mod}` : '');
  return safeForTerminal(d.anchor === 'event' ? `event:${value}` : d.value === null && !d.mod ? '' : value);
}

/** `← 홍민 (분석했다)` for each quote; repeats of the same note are counted (`×2`). */
function notes(quotes: Quote[]): string {
  const parts: Array<[string, number]> = [];
  for (const q of quotes) {
    const who = q.speaker ? q.speaker.name : '(화자 없음)';
    const note = `← ${who}${q.verb ? ` (${q.verb})` : ''}`;
    const last = parts[parts.length - 1];
    if (last && last[0] === note) last[1]++;
    else parts.push([note, 1]);
  }
  return safeForTerminal(parts.map(([note, n]) => (n > 1 ? `${note} ×${n}` : note)).join(' '));
}

/** Document text shown safely: line breaks kept (CRLF too), every other control character escaped. */
function escapeLines(s: string): string {
  return s.split(/\r?\n/).map(safeForTerminal).join('\n');
}

/** Colours a run by its marks, the innermost colour winning; chalk functions are built once per style. */
function painter(chalk: ChalkInstance): (text: string, style: Style) => string {
  if (chalk.level === 0) return (text) => text;
  const cache = new Map<string, ChalkInstance>();
  return (text, style) => {
    if (style.length === 0) return text;
    const key = style.join('>');
    let fn = cache.get(key);
    if (!fn) {
      const look: Look = Object.assign({}, ...style.map((k) => LOOK[k]));
      const italic = style.some((k) => LOOK[k].italic);
      const bold = style.some((k) => LOOK[k].bold);
      const underline = style.some((k) => LOOK[k].underline);
      fn = chalk;
      if (look.colour) fn = fn[look.colour];
      if (bold) fn = fn.bold;
      if (italic) fn = fn.italic;
      if (underline) fn = fn.underline;
      if (look.dim) fn = fn.dim;
      cache.set(key, fn);
    }
    return fn(text);
  };
}
