import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('reported speech without marks', () => {
  it('reads a 다고 clause before a speech verb, with its named subject', () => {
    const text = '노동당 기관지 노동신문은 김 위원장이 4일 대표단을 접견했다고 5일 보도했다.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ kind: 'indirect', text: '김 위원장이 4일 대표단을 접견했다', verb: '보도했다' });
    expect(q.speaker?.name).toBe('노동신문');
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves hearsay and sentences without a speaker alone', () => {
    expect(quotesOf('그 결과는 좋다고 한다.')).toEqual([]);
    expect(quotesOf('경기가 좋아질 것이라고 보는 시각이 많다.')).toEqual([]);
  });

  it('is never counted as a direct quote', () => {
    const qs = quotesOf('한민호 장관은 예산을 늘리겠다고 밝혔다. 그는 “곧 발표한다”고 말했다.');
    expect(qs.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['indirect', '한민호'],
      ['direct', '한민호'],
    ]);
  });
});
