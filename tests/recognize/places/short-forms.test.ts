// Short forms: compounds (북러, 한미일), lists (한·미), Hanja (韓, 北), 대북, and 미 as a word of its own.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('short forms', () => {
  it('names each country of a compound at its own syllable', () => {
    expect(places('북러 관계가 깊어졌다.')).toEqual([['북', '북한', 0], ['러', '러시아', 1]]);
    expect(places('한미일 3국과 북중러')).toEqual([
      ['한', '한국', 0], ['미', '미국', 1], ['일', '일본', 2], ['북', '북한', 8], ['중', '중국', 9], ['러', '러시아', 10],
    ]);
  });

  it('reads a compound before a compound word, fused or not', () => {
    expect(places('한미동맹과 남북대화')).toEqual([['한', '한국', 0], ['미', '미국', 1], ['남', '한국', 6], ['북', '북한', 7]]);
    expect(places('중일 관계')).toEqual([['중', '중국', 0], ['일', '일본', 1]]);
  });

  it('reads 북미 as North America before a market, a region or another continent, else as 북한 and 미국', () => {
    expect(places('북미 시장에서 팔린다.')).toEqual([['북미', '북미', 0]]);
    expect(places('북미지역 매장')).toEqual([['북미', '북미', 0]]);
    expect(places('북미 공략 가속, 북미 진출')).toEqual([['북미', '북미', 0], ['북미', '북미', 10]]);
    expect(places('북미와 유럽 투어')).toEqual([['북미', '북미', 0], ['유럽', '유럽', 4]]);
    expect(places('북미·유럽')).toEqual([['북미', '북미', 0], ['유럽', '유럽', 3]]);
    expect(places('북미 정상회담')).toEqual([['북', '북한', 0], ['미', '미국', 1]]);
    expect(places('북미 관계')).toEqual([['북', '북한', 0], ['미', '미국', 1]]);
  });

  it('reads North Korea’s own compounds', () => {
    expect(places('조러 두 나라')).toEqual([['조러', '북한', 0], ['조러', '러시아', 0]]);
  });

  it('names each member of a list joined by ·', () => {
    expect(places('한·미 정상')).toEqual([['한', '한국', 0], ['미', '미국', 2]]);
    expect(places('한·싱가포르 정상회담')).toEqual([['한', '한국', 0], ['싱가포르', '싱가포르', 2]]);
  });

  it('reads Hanja abbreviations', () => {
    expect(places('北 동향에 美 연준')).toEqual([['北', '북한', 0], ['美', '미국', 6]]);
    expect(places('韓美 정상')).toEqual([['韓', '한국', 0], ['美', '미국', 1]]);
    expect(places('日本의 입장')).toEqual([['日本', '일본', 0]]);
  });

  it('takes the country of 대북 and 대미 as its syllable', () => {
    expect(places('대북제재와 대미 관세')).toEqual([['북', '북한', 1], ['미', '미국', 7]]);
  });

  it('reads 미 written as a word of its own', () => {
    expect(places('미 국무부가 밝혔다.')).toEqual([['미', '미국', 0]]);
  });
});
