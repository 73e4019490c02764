// Invariants of segment() on arbitrary text, and linear time on adversarial text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const pieces = ['“', '”', '"', '‘', '’', "'", '.', '?', '!', '…', '~', '\n', '\r\n', ' ', '  ', '(', ')', '[', ']', '![', '](http://x.y/z.jpg)',
  '다', '요', '다.', '했다', '좋아요', '먹음', 'ㅋㅋ', '^^', '가', '나', '말했다.', '라고 ', '하고 ', 'U.S.', '3.5', 'a@b.co', '입력 2025.06.06',
  '[서울=뉴스1 기자]', '(서울=연합뉴스) 홍길동 기자 =', '😀', '\u00a0', '\u3000', '\ufeff', '\u200b',
  ':)', '-_-', '하하', '#태그', '★★', '민수:"', '지은 : ', '그러나', '됨', '봐요', '가요'];
const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'“”"‘’\'.?!\n 가나다요음ㅋ'), maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 150 }).map((a) => a.join('')),
);

function check(text: string): void {
  const { sentences, skip } = segment(text);
  let last = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).toBe(s.text);
    last = s.end;
  }
  let prev = 0;
  for (const r of skip) {
    expect(r.start).toBeGreaterThanOrEqual(prev);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(text.length);
    prev = r.end;
  }
  // every character that is not white space is in a sentence or in a skipped range
  const covered = new Uint8Array(text.length);
  for (const x of [...sentences, ...skip]) covered.fill(1, x.start, x.end);
  for (let i = 0; i < text.length; i++) if (!covered[i]) expect(/\s/.test(text[i]), `offset ${i} in ${JSON.stringify(text)}`).toBe(true);
}

describe('segment invariants', () => {
  it('gives ordered, non-overlapping, exact, trimmed sentences covering all prose', () => {
    fc.assert(fc.property(textArb, check), { numRuns: 2000 });
  });
});

describe('adversarial input', () => {
  const n = 200_000;
  const cases: Record<string, string> = {
    'quote marks': '“'.repeat(n) + '”'.repeat(n) + '"'.repeat(n) + "'".repeat(n),
    'unmatched closers': '('.repeat(n) + ']'.repeat(n),
    dots: '.'.repeat(n) + '다' + '. '.repeat(n),
    'no spaces': '가나다.'.repeat(n / 2),
    'trailer tokens': '했다 ' + 'ㅋ '.repeat(n) + '! '.repeat(n),
    'short lines': '가\n'.repeat(n),
    'image brackets': '![' + '['.repeat(n) + '](' + ')'.repeat(n),
    'broken image lines': '![a](\n'.repeat(n / 2) + '![[b\n'.repeat(n / 2),
    'at signs and URLs': '@'.repeat(n) + 'http://'.repeat(n / 4),
    'laughter, faces and hashtags': '좋아요 ' + '하'.repeat(n) + ' 좋아요 ' + ':)'.repeat(n) + ' 좋아요 #' + '#가'.repeat(n),
    'ends before long space runs': '했다 '.repeat(n / 8) + ' '.repeat(n) + '가 안 하다 ' + '"a" 민수:"'.repeat(n / 8),
    'labels and ellipses': '가... 가:'.repeat(n / 4) + '좋네 '.repeat(n / 4),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`stays linear on ${name}`, () => {
      const t0 = performance.now();
      segment(text);
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  }
});
