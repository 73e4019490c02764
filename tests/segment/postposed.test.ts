// Session 8: an adverb added after a sentence end as an afterthought stays with it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('postposed adverbs', () => {
  it('keeps a lone intensifier after an end with its sentence', () => {
    expect(texts('그 식당 문 닫았더라 아쉽다 진짜')).toEqual(['그 식당 문 닫았더라', '아쉽다 진짜']);
    expect(texts('벌써 금요일이네 시간 빠르다 정말')).toEqual(['벌써 금요일이네', '시간 빠르다 정말']);
    expect(texts('다음 주에 보자 연락할게 꼭ㅎㅎ')).toEqual(['다음 주에 보자', '연락할게 꼭ㅎㅎ']);
  });
  it('still cuts before the adverb that opens a sentence, or asks a question of its own', () => {
    expect(texts('월요일 싫다 진짜 싫다')).toEqual(['월요일 싫다', '진짜 싫다']);
    expect(texts('걔 결혼했대 진짜?')).toEqual(['걔 결혼했대', '진짜?']);
  });
});
