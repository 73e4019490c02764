// The pipeline as a whole: every span exact, on the sample article and on arbitrary text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { DocResult, Span } from '../src/types.js';

const sample = readFileSync(new URL('../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');

/** Every span in a result, with where it came from for a readable failure. */
function spans(doc: DocResult): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  doc.sentences.forEach((s, i) => out.push([`sentence ${i}`, s]));
  doc.quotes.forEach((q, i) => {
    out.push([`quote ${i}`, q]);
    if (q.speaker?.mention) out.push([`quote ${i} speaker`, q.speaker.mention]);
  });
  for (const e of doc.entities) e.mentions.forEach((m, i) => out.push([`${e.id} mention ${i}`, m]));
  doc.dates.forEach((d, i) => out.push([`date ${i}`, d]));
  return out;
}

function checkSpans(text: string, doc: DocResult): void {
  for (const [where, s] of spans(doc)) {
    expect(s.start, where).toBeGreaterThanOrEqual(0);
    expect(s.end, where).toBeLessThanOrEqual(text.length);
    expect(s.start, where).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end), where).toBe(s.text);
  }
  for (let i = 1; i < doc.sentences.length; i++) {
    expect(doc.sentences[i].start, `sentence ${i} after ${i - 1}`).toBeGreaterThanOrEqual(doc.sentences[i - 1].end);
  }
}

// Characters that stress the stages: Hangul, particles, quote marks, sentence punctuation, digits, spaces.
const pieces = ['홍민', ' ', '은 ', '는 ', '이 ', '“', '”', '"', '‘', '’', '「', '」', '.', '?', '!', '…', '\n', '\r\n', '다.', '고 말했다.',
  '라며 ', '4일', '2025년 ', '6월 ', '지난달', '김 위원장', '통일연구원', '북러', '韓', '![', '](http://x.y/z.jpg)', '[', ']', '=', '기자', '😀', '\u0000', '\u200b'];
const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => sample.slice(0, 300) + a.join('') + sample.slice(2000, 2600)),
);

describe('extract', () => {
  it('keeps every span of the sample article exact', () => {
    checkSpans(sample, extract(sample, { id: 'sample', refDate: '2025-06-06' }));
  });

  it('keeps every span exact on arbitrary text', () => {
    fc.assert(
      fc.property(textArb, (text) => checkSpans(text, extract(text, { refDate: '2025-06-06' }))),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: 100 },
    );
  });

  it('passes the id, reference date and metadata through', () => {
    const doc = extract('김 위원장이 말했다.', { id: 'a1', refDate: '2025-06-06', meta: { outlet: 'x' } });
    expect(doc).toMatchObject({ id: 'a1', refDate: '2025-06-06', meta: { outlet: 'x' } });
    expect(extract('문장.', {}).meta).toBeUndefined();
  });

  // Inputs built to make patterns backtrack: each must take time in proportion to its length (a
  // generous 10× size → under 40× time, so a noisy machine passes and a quadratic step does not).
  const adversarial: Record<string, string> = {
    'quote marks': '“”"「」『』‘’',
    'open quotes': '“',
    particles: '은는이가을를의에서',
    digits: '2025.06.0',
    spaces: ' \t ',
    'no spaces': '김위원장은말했다',
    'titles and names': '김 위원장 홍 위원 ',
    'dates': '4일 지난달 내년 초 ',
    'dots and brackets': '...)(]["',
    'bodies opening brackets': '한빛연구원(',
  };
  it.each(Object.entries(adversarial))('stays linear on long runs of %s', (_, unit) => {
    const time = (chars: number) => {
      const text = unit.repeat(Math.ceil(chars / unit.length));
      const t0 = performance.now();
      extract(text, { refDate: '2025-06-06' });
      return performance.now() - t0;
    };
    time(2_000); // warm up
    const small = Math.max(time(20_000), 5);
    expect(time(200_000)).toBeLessThan(40 * small);
  });
});

describe('the lists asked for (--only)', () => {
  const full = extract(sample, { refDate: '2025-06-06' });
  const only = (...lists: Array<'sentences' | 'quotes' | 'entities' | 'dates'>) => extract(sample, { refDate: '2025-06-06', lists });

  it('gives each list asked for as the whole pipeline does', () => {
    expect(only('sentences').sentences).toEqual(full.sentences);
    expect(only('dates').dates).toEqual(full.dates);
    expect(only('entities').entities).toEqual(full.entities);
    expect(only('quotes').quotes).toEqual(full.quotes);
  });

  it('skips the stages that feed no list asked for', () => {
    const sentences = only('sentences');
    expect([sentences.quotes, sentences.entities, sentences.dates]).toEqual([[], [], []]);
    expect(only('dates').entities).toEqual([]);
    expect(only('entities').quotes).toEqual([]);
    expect(full.quotes.length * full.entities.length * full.dates.length).toBeGreaterThan(0);
  });
});
