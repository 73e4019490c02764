// The table view: fits 80 columns with Korean double-width text, no colour codes when colour is off,
// and document text can never drive the terminal.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/cli/color.js';
import { renderTable } from '../../src/render/table.js';
import type { DocResult } from '../../src/types.js';

const doc: DocResult = {
  id: 'a.txt',
  refDate: '2025-06-06',
  sentences: [{ start: 0, end: 10, text: '0123456789', kind: 'body' }],
  quotes: [
    {
      kind: 'direct', start: 0, end: 60, sentence: 0, verb: '강조했다', rule: 'subject-before',
      text: '전면적인 전략적 동반자관계로 계속 확대발전시켜 나가려는 두 나라 지도부의 의지가 표명됐는데 향후 방북 가능성이 있다',
      speaker: { entity: 'e1', name: '홍민', mention: { start: 0, end: 2, text: '홍민' } },
    },
    { kind: 'direct', start: 70, end: 80, sentence: 0, verb: null, rule: null, text: '이상한 \u001b[31m글자', speaker: null },
  ],
  entities: [{ id: 'e1', type: 'PERSON', name: '홍민', title: '선임연구위원', affiliation: '통일연구원', mentions: [{ start: 0, end: 2, text: '홍민' }] }],
  dates: [{ start: 0, end: 2, text: '4일', value: '2025-06-04', sentence: 0 }],
};

describe('renderTable', () => {
  const plain = renderTable(doc, makeChalk(false));

  it('fits 80 columns, counting Korean characters as two', () => {
    for (const line of plain.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('shows speakers, titles and date values', () => {
    expect(plain).toContain('홍민');
    expect(plain).toContain('통일연구원 선임연구위원');
    expect(plain).toContain('2025-06-04');
    expect(plain).toContain('강조했다');
  });

  it('writes no escape sequence when colour is off, even from hostile text', () => {
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('\\u001b[31m');
  });

  it('colours when asked, still escaping the document text', () => {
    const coloured = renderTable(doc, makeChalk(true));
    expect(coloured).toContain('\u001b[');
    expect(coloured).not.toContain('\u001b[31m글자');
  });
});
