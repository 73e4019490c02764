// Word wrap for styled runs of terminal text: breaks at spaces (Korean wraps between words), splits only
// a word longer than the line, and counts Korean and other wide characters as two columns.
import { charWidth } from './width.js';

export interface Run<S> {
  text: string;
  style: S;
}

interface Cell<S> {
  ch: string;
  width: number;
  style: S;
}

/** Lines of runs, each at most `width` columns; '\n' in a run's text ends a line. */
export function wrap<S>(runs: Array<Run<S>>, width: number): Array<Array<Run<S>>> {
  const limit = Math.max(4, width);
  const out: Array<Array<Run<S>>> = [];
  let hardLine: Array<Cell<S>> = [];
  for (const run of runs) {
    for (const ch of run.text) {
      if (ch === '\n') {
        out.push(...wrapLine(hardLine, limit));
        hardLine = [];
      } else hardLine.push({ ch, width: charWidth(ch), style: run.style });
    }
  }
  out.push(...wrapLine(hardLine, limit));
  return out;
}

function wrapLine<S>(cells: Array<Cell<S>>, limit: number): Array<Array<Run<S>>> {
  const lines: Array<Array<Cell<S>>> = [];
  let line: Array<Cell<S>> = [];
  let lineWidth = 0;
  let spaces: Array<Cell<S>> = [];
  const newLine = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
    spaces = [];
  };
  for (let i = 0; i < cells.length; ) {
    if (isSpace(cells[i]!.ch)) {
      // Spaces at the start of a continuation line are dropped; the article's own indentation is kept.
      if (line.length > 0 || lines.length === 0) spaces.push(cells[i]!);
      i++;
      continue;
    }
    let j = i;
    let wordWidth = 0;
    while (j < cells.length && !isSpace(cells[j]!.ch)) wordWidth += cells[j++]!.width;
    const gap = spaces.reduce((w, c) => w + c.width, 0);
    if (lineWidth + gap + wordWidth > limit && line.length > 0) newLine();
    else {
      line.push(...spaces);
      lineWidth += gap;
      spaces = [];
    }
    for (let k = i; k < j; k++) {
      const c = cells[k]!;
      if (lineWidth + c.width > limit && line.length > 0) newLine();
      line.push(c);
      lineWidth += c.width;
    }
    i = j;
  }
  lines.push(line);
  return lines.map(toRuns);
}

const isSpace = (ch: string) => ch === ' ' || ch === '\u3000';

function toRuns<S>(cells: Array<Cell<S>>): Array<Run<S>> {
  const runs: Array<Run<S>> = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.style === c.style) last.text += c.ch;
    else runs.push({ text: c.ch, style: c.style });
  }
  return runs;
}
