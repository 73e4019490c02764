// Given names with the familiar suffix 이 (춘복이는): the suffix is part of the mention, the particle not.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('given names with the familiar suffix 이', () => {
  it('reads a given name with 이 before a particle', () => {
    expect(brief('그날 저녁 영석이는 마당에 앉아 있었다.')).toEqual(['영석이:영석이']);
    expect(brief('어머니는 준혁이를 꼭 안았다.')).toEqual(['준혁이:준혁이']);
    expect(brief('동네 아이들은 상민이와 놀았다.')).toEqual(['상민이:상민이']);
  });

  it('leaves nouns and verbs ending in 이 alone', () => {
    expect(brief('고양이는 지붕 위에 있었다.')).toEqual([]);
    expect(brief('문 앞에서 서성이는 사람이 있었다.')).toEqual([]);
    expect(brief('원숭이가 바나나를 먹었다.')).toEqual([]);
    expect(brief('생선구이를 주문했다.')).toEqual([]);
  });
});
