// recognizeAll runs each recognizer over a batch of documents: the results must be recognize()'s, one
// document at a time, whatever the batch.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognize, recognizeAll } from '../../src/recognize/index.js';
import { segment } from '../../src/segment/index.js';

const texts = [
  readFileSync(new URL('../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8'),
  '박지훈 누리경제연구원 선임연구위원은 지난달 3일 서울에서 말했다. 박 위원은 덧붙였다.',
  '안드레이 코발스키 폴란드 외무장관이 4일 방한했다. 코발스키는 노동신문을 언급했다.',
  '',
  '김하늘 씨는 “내년 초 부산으로 간다”고 했다. 자세한 내용은 https://example.com/a 참고.',
];

describe('recognizeAll', () => {
  it('gives for each document what recognize gives for it alone', () => {
    const docs = texts.map((t, i) => ({ seg: segment(t), refDate: i % 2 === 0 ? '2025-06-06' : null }));
    const alone = docs.map((d) => recognize(d.seg, d.refDate));
    expect(recognizeAll(docs)).toEqual(alone);
    expect(recognizeAll(docs.slice(1, 3))).toEqual(alone.slice(1, 3));
    expect(recognizeAll([])).toEqual([]);
  });
});
