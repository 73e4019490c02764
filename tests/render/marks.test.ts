// Marks from arbitrary (even inconsistent) results: always properly nested, and the text between them
// always the document's text, unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { collectMarks } from '../../src/render/marks.js';
import type { DocResult, Span } from '../../src/types.js';

const text = fc.string({ unit: fc.constantFrom('가', '나', ' ', 'a', '“', '”', '\n', '<', '&'), minLength: 1, maxLength: 60 });

function docFor(t: string, raw: Array<[number, number, number]>): DocResult {
  const span = (a: number, b: number): Span => {
    const start = Math.min(a, b) % (t.length + 1);
    const end = Math.max(a, b) % (t.length + 1);
    return { start: Math.min(start, end), end: Math.max(start, end), text: t.slice(Math.min(start, end), Math.max(start, end)) };
  };
  const doc: DocResult = { id: 'p', refDate: null, sentences: [], quotes: [], entities: [], dates: [] };
  raw.forEach(([a, b, kind], i) => {
    const s = span(a, b);
    if (kind === 0) doc.quotes.push({ kind: 'direct', ...s, sentence: 0, verb: null, rule: null, speaker: { entity: 'e0', name: 'x', mention: span(b, a + 1) } });
    else if (kind === 4) doc.dates.push({ ...s, value: '2025', sentence: 0 });
    else doc.entities.push({ id: `e${i}`, type: (['PERSON', 'PLACE', 'ORG'] as const)[kind - 1]!, name: 'x', title: null, affiliation: null, mentions: [s] });
  });
  return doc;
}

const spans = fc.array(fc.tuple(fc.nat(80), fc.nat(80), fc.integer({ min: 0, max: 4 })), { maxLength: 25 });

describe('marks', () => {
  it('are always properly nested (any two apart or one inside the other)', () => {
    fc.assert(fc.property(text, spans, (t, raw) => {
      const marks = collectMarks(docFor(t, raw), t);
      for (const a of marks) for (const b of marks) {
        if (a === b) continue;
        const apart = a.end <= b.start || b.end <= a.start;
        const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
        expect(apart || nested).toBe(true);
      }
    }));
  });

  it('leave the text as it is: the HTML view without its tags and notes reads as the document', () => {
    fc.assert(fc.property(text, spans, (t, raw) => {
      const html = renderHtml([{ doc: docFor(t, raw), text: t }]);
      const start = html.indexOf('<div class="text">') + 18;
      const body = html.slice(start, html.indexOf('</div>\n', start));
      const plain = body.replace(/<span class="note">[^<]*<\/span>/g, '').replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(plain).toBe(t);
    }));
  });
});
