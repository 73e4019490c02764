// Word wrap for styled runs of terminal text: breaks at spaces (Korean wraps between words), splits only
// a word longer than the line, and counts Korean and other wide characters as two columns.
import { charWidth, textWidth } from './width.js';

export interface Run<S> {
  text: string;
  style: S;
}

/** A word, or the spaces between words, made of the runs it spans. */
interface Token<S> {
  space: boolean;
  parts: Array<Run<S>>;
  width: number;
}

const SPACES = /([ \u3000]+)/;

/** Lines of runs, each at most `width` columns; '\n' in a run's text ends a line. */
export function wrap<S>(runs: Array<Run<S>>, width: number): Array<Array<Run<S>>> {
  const limit = Math.max(4, width);
  const out: Array<Array<Run<S>>> = [];
  let tokens: Array<Token<S>> = [];
  for (const run of runs) {
    run.text.split('\n').forEach((segment, n) => {
      if (n > 0) {
        out.push(...layout(tokens, limit));
        tokens = [];
      }
      for (const piece of segment.split(SPACES)) {
        if (!piece) continue;
        const space = piece[0] === ' ' || piece[0] === '\u3000';
        const part = { text: piece, style: run.style };
        const last = tokens[tokens.length - 1];
        if (last && last.space === space) {
          last.parts.push(part);
          last.width += textWidth(piece);
        } else tokens.push({ space, parts: [part], width: textWidth(piece) });
      }
    });
  }
  out.push(...layout(tokens, limit));
  return out;
}

/** One line of the text laid out greedily; spaces at a break are dropped, the line's own indentation kept. */
function layout<S>(tokens: Array<Token<S>>, limit: number): Array<Array<Run<S>>> {
  const lines: Array<Array<Run<S>>> = [];
  let line: Array<Run<S>> = [];
  let used = 0;
  let gap: Token<S> | null = null;
  const newLine = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const t of tokens) {
    if (t.space) {
      if (line.length > 0 || lines.length === 0) gap = t;
      continue;
    }
    const gapWidth = gap?.width ?? 0;
    if (used + gapWidth + t.width > limit && line.length > 0) newLine();
    else if (gap) {
      line.push(...gap.parts);
      used += gapWidth;
    }
    gap = null;
    if (used + t.width <= limit) {
      line.push(...t.parts);
      used += t.width;
      continue;
    }
    for (const part of t.parts) {
      for (const ch of part.text) {
        const w = charWidth(ch);
        if (used + w > limit && line.length > 0) newLine();
        line.push({ text: ch, style: part.style });
        used += w;
      }
    }
  }
  lines.push(line);
  return lines.map(merge);
}

/** Adjacent runs of one style joined, so each is painted once. */
function merge<S>(line: Array<Run<S>>): Array<Run<S>> {
  const runs: Array<Run<S>> = [];
  for (const r of line) {
    const last = runs[runs.length - 1];
    if (last && last.style === r.style) last.text += r.text;
    else runs.push({ ...r });
  }
  return runs;
}
