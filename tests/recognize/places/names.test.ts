// Lexicon names: countries, Korean divisions, world cities and regions, with particles outside the span.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('place names', () => {
  it('finds a country and leaves the particle out', () => {
    expect(places('중국에서 회의가 열렸다.')).toEqual([['중국', '중국', 0]]);
    expect(places('회담은 러시아와의 관계를 다뤘다.')).toEqual([['러시아', '러시아', 4]]);
  });

  it('gives one canonical name per country', () => {
    expect(places('대한민국은 우리나라다.')).toEqual([['대한민국', '한국', 0]]); // 우리나라 is a common noun, like 자국
    expect(places('남조선과 북측이 만났다.')).toEqual([['남조선', '한국', 0], ['북측', '북한', 5]]);
    expect(places('남아프리카 공화국의 대표')).toEqual([['남아프리카 공화국', '남아프리카공화국', 0]]);
  });

  it('knows countries from Intl.DisplayNames', () => {
    expect(places('우크라이나와 몰도바가 협정을 맺었다.')).toEqual([['우크라이나', '우크라이나', 0], ['몰도바', '몰도바', 7]]);
  });

  it('drops 시 and 군 from the canonical name and names provinces by their common name', () => {
    expect(places('순천시에서 하동군까지')).toEqual([['순천시', '순천', 0], ['하동군', '하동', 6]]);
    expect(places('강원특별자치도는 서울특별시와')).toEqual([['강원특별자치도', '강원도', 0], ['서울특별시', '서울', 9]]);
  });

  it('finds world cities and named regions', () => {
    expect(places('평양에서 모스크바로 갔다.')).toEqual([['평양', '평양', 0], ['모스크바', '모스크바', 5]]);
    expect(places('한반도 정세와 동남아 시장')).toEqual([['한반도', '한반도', 0], ['동남아', '동남아', 8]]);
    expect(places('조선반도의 평화')).toEqual([['조선반도', '한반도', 0]]);
    expect(places('2026 북중미 월드컵')).toEqual([['북중미', '북중미', 5]]); // North and Central America, not 북·중·미
    expect(places('로켓이 하이파를 향했다.')).toEqual([['하이파', '하이파', 4]]);
  });

  it('keeps a place before a suffix that keeps it a place, outside the span', () => {
    expect(places('러시아측은 한반도정세를 논의했다.')).toEqual([['러시아', '러시아', 0], ['한반도', '한반도', 6]]);
    expect(places('중국발 미세먼지')).toEqual([['중국', '중국', 0]]);
  });

  it('keeps the 주 of a US state written with it', () => {
    expect(places('콜로라도주와 텍사스에서')).toEqual([['콜로라도주', '콜로라도주', 0], ['텍사스', '텍사스', 7]]);
  });

  it('finds the neighbourhood after a district', () => {
    expect(places('서울 강남구 청담동의 한 아파트')).toEqual([['서울', '서울', 0], ['강남구', '강남구', 3], ['청담동', '청담동', 7]]);
    expect(places('청양군 장평면 일대')).toEqual([['청양군', '청양', 0], ['장평면', '장평면', 4]]);
  });
});

describe('more names', () => {
  it('reads a foreign city with 시 (in its span, as 수원시 is) and a historical state', () => {
    expect(places('베이징시는 고구려와 발해의 유적을')).toEqual([['베이징시', '베이징', 0], ['고구려', '고구려', 6], ['발해', '발해', 11]]);
  });

  it('tells other recognizers which words are place names', async () => {
    const { isPlaceName } = await import('../../../src/recognize/places/index.js');
    expect(['서초구', '베이징', '한국', '홍민'].map(isPlaceName)).toEqual([true, true, true, false]);
  });
});

describe('경기', () => {
  it('counts 경기 only in a list of places', () => {
    expect(places('서울·경기 지역')).toEqual([['서울', '서울', 0], ['경기', '경기도', 3]]);
    expect(places('경기 침체와 경기 결과')).toEqual([]);
  });
});

describe('one word for two regions', () => {
  it('names both 영남 and 호남 for 영호남', () => {
    expect(places('영호남의 접경')).toEqual([['영호남', '영남', 0], ['영호남', '호남', 0]]);
  });
});
