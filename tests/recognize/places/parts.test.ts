// Parts of foreign places: a compass point fused before a place, and a state, city or county written with
// its unit right after a country or foreign place.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('compass points', () => {
  it('names a compass point fused before a country or place as written', () => {
    expect(places('북이탈리아와 서베를린에서')).toEqual([['북이탈리아', '북이탈리아', 0], ['서베를린', '서베를린', 7]]);
    expect(places('남대서양을 건넜다.')).toEqual([['남대서양', '남대서양', 0]]);
  });

  it('does not split ordinary words that start with one', () => {
    expect(places('동영상과 남편, 서울 시민')).toEqual([['서울', '서울', 9]]);
  });
});

describe('units after a place', () => {
  it('reads a name with 주, 시 or 현 after a country or foreign place as a place inside it', () => {
    expect(places('브라질 파라나바주에서 왔다.')).toEqual([['브라질', '브라질', 0], ['파라나바주', '파라나바주', 4]]);
    expect(places('중국 광둥성 둥펑시에 공장이 있다.')).toEqual([['중국', '중국', 0], ['광둥성', '광둥성', 3], ['둥펑시', '둥펑', 7]]);
    expect(places('인도 마하르 주는 넓다.')).toEqual([['인도', '인도', 0], ['마하르 주', '마하르 주', 3]]);
  });

  it('leaves ordinary words ending in a unit alone', () => {
    expect(places('미국 기술주가 올랐고 중국 당시 상황과 일본 표현')).toEqual([['미국', '미국', 0], ['중국', '중국', 12], ['일본', '일본', 22]]);
    expect(places('할리우드 기대주로 꼽힌다.')).toEqual([['할리우드', '할리우드', 0]]);
  });

  it('needs the place right before', () => {
    expect(places('그는 파라나바주에서 왔다.')).toEqual([]);
  });
});
