// County and city names that are also ordinary words (정선, 예산, 강화): places only among places.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('counties that are also ordinary words', () => {
  it('counts one in a list of Korean places joined by ·', () => {
    expect(places('평창·강릉·정선 일대')).toEqual([['평창', '평창', 0], ['강릉', '강릉', 3], ['정선', '정선', 6]]);
    expect(places('부산- 경기- 강원 지역')).toEqual([['부산', '부산', 0], ['경기', '경기도', 4], ['강원', '강원도', 8]]);
  });

  it('counts one in a list joined by commas, beside a Korean place', () => {
    expect(places('안동과 청송, 영양으로 번졌다.')).toEqual([['안동', '안동', 0], ['청송', '청송', 4], ['영양', '영양', 8]]);
    expect(places('진도, 완도 일대')).toEqual([['진도', '진도', 0], ['완도', '완도', 4]]);
    expect(places('공정의 진도, 속도와 달리기 경주, 수영')).toEqual([]);
  });

  it("counts one as a dateline's place", () => {
    expect(places('(고양=뉴스1) 김민지 기자 = 행사가 열렸다.')).toEqual([['고양', '고양', 1]]);
  });

  it('counts one right after a province', () => {
    expect(places('충남 공주에 아파트를 짓는다.')).toEqual([['충남', '충남', 0], ['공주', '공주', 3]]);
    expect(places('경북 영양에서 불이 났다. 영양 결핍이 심하다.')).toEqual([['경북', '경북', 0], ['영양', '영양', 3]]);
  });

  it('leaves one alone, or in a list of ordinary words', () => {
    expect(places('예산·인력이 부족하고 음성·영상 자료를 강화한다.')).toEqual([]);
    expect(places('야구 경기·축구 경기')).toEqual([]);
  });
});

describe('other spellings', () => {
  it('knows the older name of Türkiye', () => {
    expect(places('터키에서 지진이 났다.')).toEqual([['터키', '튀르키예', 0]]);
  });

  it('gives older spellings of countries and cities the current name', () => {
    expect(places('싱가폴과 비엔나, 호치민')).toEqual([['싱가폴', '싱가포르', 0], ['비엔나', '빈', 5], ['호치민', '호찌민', 10]]);
  });
});
