// The annotated view: its plain form is a golden file; colour, width, escaping and overlapping marks.
import { readFileSync, writeFileSync } from 'node:fs';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/cli/color.js';
import { renderAnnotated } from '../../src/render/annotated.js';
import { collectMarks } from '../../src/render/marks.js';
import type { DocResult } from '../../src/types.js';
import { sampleDoc, sampleText } from './sample.js';

const golden = new URL('../../fixtures/render/sample.annotated.txt', import.meta.url);
const plain = makeChalk(false);

describe('renderAnnotated', () => {
  it('matches the golden file without colour', () => {
    const out = renderAnnotated(sampleDoc(), sampleText, plain);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
    expect(out).toBe(readFileSync(golden, 'utf8'));
  });

  it('keeps every line within the width, counting Korean characters as two', () => {
    for (const width of [80, 60, 40, 20]) {
      const out = renderAnnotated(sampleDoc(), sampleText, plain, width);
      const [, , , ...body] = out.trimEnd().split('\n');
      for (const line of body) expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
    for (const chalk of [plain, makeChalk(true)]) {
      const legend = stripAnsi(renderAnnotated(sampleDoc(), sampleText, chalk).split('\n')[1]!);
      expect(stringWidth(legend), legend).toBeLessThanOrEqual(80);
    }
  });

  it('loses no text when wrapping: the words read the same at any width', () => {
    const words = (s: string) => s.split('\n').slice(3).join(' ').split(/\s+/).filter(Boolean).join(' ');
    expect(words(renderAnnotated(sampleDoc(), sampleText, plain, 30))).toBe(words(renderAnnotated(sampleDoc(), sampleText, plain, 200)));
  });

  it('colours instead of brackets, and the colour form reads as the plain text', () => {
    const out = renderAnnotated(sampleDoc(), sampleText, makeChalk(true), 200);
    expect(out).toContain('\u001b[');
    expect(out).not.toContain('[박서연|SPK]');
    const body = stripAnsi(out).split('\n').slice(3).join('\n');
    expect(body).toContain('박서연 한빛연구원 선임연구위원은 4일=2026-03-04 서울 마포구에서');
    expect(body).toContain('밝혔다. ← 행정안전부 (밝혔다)');
    // Styles never span a line break: each line resets what it set.
    for (const line of renderAnnotated(sampleDoc(), sampleText, makeChalk(true), 30).split('\n')) {
      expect(openStyles(line), line).toEqual([]);
    }
  });

  it('shows escape sequences and control characters in the text escaped, never raw', () => {
    const text = '김철수는 “\u001b[2J화면\u0007 지움\u202e”이라고 말했다.\r\n둘째 줄';
    const qs = text.indexOf('“') + 1;
    const qe = text.indexOf('”');
    const se = text.indexOf('\r');
    const doc: DocResult = {
      id: 'x\u001b]0;title\u0007', refDate: null, entities: [], dates: [],
      sentences: [{ start: 0, end: se, text: text.slice(0, se), kind: 'body' }],
      quotes: [{ kind: 'direct', start: qs, end: qe, text: text.slice(qs, qe), sentence: 0, verb: '말\u001b[31m했다', rule: null,
        speaker: { entity: null, name: '김철수', mention: { start: 0, end: 3, text: '김철수' } } }],
    };
    for (const chalk of [plain, makeChalk(true)]) {
      const out = stripAnsi(renderAnnotated(doc, text, chalk));
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(out).toContain('\\u001b[2J화면\\u0007 지움\\u202e');
      expect(out).toContain('말\\u001b[31m했다');
      expect(out).toContain('\n둘째 줄');
    }
    const coloured = renderAnnotated(doc, text, makeChalk(true));
    expect(coloured).not.toContain('\u001b[2J');
    expect(coloured).not.toContain('\u001b]0;');
  });

  it('ignores spans that do not fit the text it is given', () => {
    const doc = sampleDoc();
    const out = renderAnnotated(doc, '짧은 글', plain);
    expect(out.split('\n').slice(3).join('\n')).toBe('짧은 글\n');
  });
});

describe('collectMarks', () => {
  const base: DocResult = { id: 'o', refDate: null, sentences: [], quotes: [], entities: [], dates: [] };
  const text = '서울시청 앞에서 6월 4일 열린';

  it('nests a place inside an organization and drops a date that crosses a mention', () => {
    const doc: DocResult = {
      ...base,
      entities: [
        { id: 'e1', type: 'ORG', name: '서울시청', title: null, affiliation: null, mentions: [{ start: 0, end: 4, text: '서울시청' }] },
        { id: 'e2', type: 'PLACE', name: '서울', title: null, affiliation: null, mentions: [{ start: 0, end: 2, text: '서울' }] },
      ],
      dates: [
        { start: 2, end: 6, text: '시청 앞', value: null, sentence: 0 },
        { start: 9, end: 14, text: '6월 4일', value: '2025-06-04', sentence: 0 },
      ],
    };
    const marks = collectMarks(doc, text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
    expect(marks).toEqual(['ORG:서울시청', 'PLACE:서울', 'date:6월 4일']);
    expect(renderAnnotated(doc, text, plain).split('\n')[3]).toBe('[[서울|LOC]시청|ORG] 앞에서 [6월 4일|DATE=2025-06-04] 열린');
  });

  it('keeps one mark for a span named twice (a speaker mention that is also a person mention)', () => {
    const marks = collectMarks(sampleDoc(), sampleText).filter((m) => sampleText.slice(m.start, m.end) === '박 위원');
    expect(marks.map((m) => m.kind)).toEqual(['speaker']);
  });
});

/** SGR attributes still switched on at the end of a line (foreground, bold/dim, italic, underline). */
function openStyles(line: string): string[] {
  const on = new Set<string>();
  for (const [, code] of line.matchAll(/\u001b\[(\d+)m/g)) {
    const n = Number(code);
    if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) on.add('fg');
    else if (n === 39) on.delete('fg');
    else if (n === 1 || n === 2) on.add('weight');
    else if (n === 22) on.delete('weight');
    else if (n === 3) on.add('italic');
    else if (n === 23) on.delete('italic');
    else if (n === 4) on.add('underline');
    else if (n === 24) on.delete('underline');
  }
  return [...on];
}
