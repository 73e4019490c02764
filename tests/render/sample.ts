// A hand-built DocResult for fixtures/render/sample.txt (an invented article), so the render tests do not
// move when the pipeline's recognizers change. Spans are found by their text, so offsets are exact.
import { readFileSync } from 'node:fs';
import type { DateItem, DocResult, Entity, Quote, Sentence, Span } from '../../src/types.js';

export const sampleText = readFileSync(new URL('../../fixtures/render/sample.txt', import.meta.url), 'utf8');

/** The `nth` (0-based) occurrence of `needle` in the sample. */
function at(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = sampleText.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`sample has no ${nth + 1}. "${needle}"`);
  }
  return { start, end: start + needle.length, text: needle };
}

function sentences(): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:다\.|$)/gm;
  for (const m of sampleText.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + m[0].indexOf(text);
    out.push({ start, end: start + text.length, text, kind: out.length === 0 ? 'headline' : 'body' });
  }
  return out;
}

const entity = (id: string, type: Entity['type'], name: string, mentions: Span[], title: string | null = null, affiliation: string | null = null): Entity =>
  ({ id, type, name, title, affiliation, mentions });

const quote = (words: string, sentence: number, speaker: Quote['speaker'], verb: string | null): Quote =>
  ({ kind: 'direct', ...at(words), sentence, speaker, verb, rule: speaker ? 'subject-before' : null });

const date = (words: string, value: string | null, sentence: number, extra: Partial<DateItem> = {}): DateItem =>
  ({ ...at(words), value, sentence, ...extra });

export function sampleDoc(): DocResult {
  const park = { entity: 'e1', name: '박서연' };
  return {
    id: 'sample.txt',
    refDate: '2026-03-05',
    sentences: sentences(),
    quotes: [
      quote('지역 경제가 올해 하반기부터 회복될 것', 1, { ...park, mention: at('박서연') }, '내다봤다'),
      quote('내년 초에는 수출이 늘 것', 2, { ...park, mention: at('박 위원') }, '라며'),
      quote('다만 물가가 걱정', 2, { ...park, mention: at('박 위원') }, '덧붙였다'),
      quote('지방 재정 지원을 확대하겠다', 3, { entity: 'e5', name: '행정안전부', mention: at('행정안전부') }, '밝혔다'),
      quote('이제 시작일 뿐', 4, null, null),
    ],
    entities: [
      entity('e1', 'PERSON', '박서연', [at('박서연'), at('박 위원')], '선임연구위원', '한빛연구원'),
      entity('e2', 'ORG', '한빛연구원', [at('한빛연구원')]),
      entity('e3', 'PLACE', '서울', [at('서울')]),
      entity('e4', 'PLACE', '마포구', [at('마포구')]),
      entity('e5', 'ORG', '행정안전부', [at('행정안전부')]),
      entity('e6', 'PERSON', '김하늘', [at('김하늘')], '기자', '가상일보'),
      entity('e7', 'ORG', '가상일보', [at('가상일보')]),
    ],
    dates: [
      date('4일', '2026-03-04', 1),
      date('올해 하반기', '2026-H2', 1),
      date('내년 초', '2027', 2, { mod: 'START' }),
      date('이날', '2026-03-04', 3, { anchor: 'event' }),
    ],
  };
}
