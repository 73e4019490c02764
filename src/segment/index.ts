// Segment stage: the text into sentences with exact offsets. (Minimal first cut: lines, then . ? !)
import type { Segmented, Sentence } from '../types.js';

export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const re = /[^\n]+/g;
  for (const line of text.matchAll(re)) {
    const base = line.index;
    const cut = /[.?!]+(?=\s)/g;
    let from = 0;
    for (const m of line[0].matchAll(cut)) {
      push(sentences, text, base + from, base + m.index + m[0].length);
      from = m.index + m[0].length;
    }
    push(sentences, text, base + from, base + line[0].length);
  }
  return { text, sentences, skip: [] };
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), kind: 'body' });
}
