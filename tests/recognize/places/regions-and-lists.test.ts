// Invented sentences for the rules of session 6: areas named with 권, seas with 상, townships listed
// with commas, North Korean counties after their province, states after a part of a country.
import { describe, expect, it } from 'vitest';
import { isCountryCompound } from '../../../src/recognize/places/index.js';
import { places } from './helpers.js';

describe('areas, seas and lists', () => {
  it('names the 권 areas by their region, and 부울경 as its three divisions', () => {
    expect(places('충청권과 호남권에 비가 온다.')).toEqual([['충청권', '충청', 0], ['호남권', '호남', 5]]);
    expect(places('부울경 메가시티')).toEqual([['부울경', '부산', 0], ['부울경', '울산', 0], ['부울경', '경남', 0]]);
  });

  it('reads a sea with 상 (on it) as the sea, not a city with 상', () => {
    expect(places('군은 서해상에서 훈련했다.')).toEqual([['서해', '서해', 3]]);
    expect(places('태평양상으로 이동했다.')).toEqual([['태평양', '태평양', 0]]);
    expect(places('평양상을 받았다.')).toEqual([]);
  });

  it('keeps reading townships listed with commas after one', () => {
    expect(places('가람읍, 누리면 주민들')).toEqual([['가람읍', '가람읍', 0], ['누리면', '누리면', 5]]);
    expect(places('누리면 주민들')).toEqual([]);
  });

  it('reads a county with 군 after a province named with 도, not an army', () => {
    expect(places('함경남도 보람군에서 발사했다.')).toEqual([['함경남도', '함경남도', 0], ['보람군', '보람군', 5]]);
    expect(places('함경남도 인민군 부대')).toEqual([['함경남도', '함경남도', 0]]);
  });

  it('reads states listed after one named with its unit', () => {
    expect(places('인도 가나다주와 라마바주, 카타마주에서')).toEqual([
      ['인도', '인도', 0], ['가나다주', '가나다주', 3], ['라마바주', '라마바주', 9], ['카타마주', '카타마주', 15],
    ]);
  });

  it('reads a state after a part of its country', () => {
    expect(places('멕시코 북부 가나다주에서')).toEqual([['멕시코', '멕시코', 0], ['가나다주', '가나다주', 7]]);
  });

  it('reads an ambiguous county after its province but not alone', () => {
    expect(places('경남 양산에서 만났다.')).toEqual([['경남', '경남', 0], ['양산', '양산', 3]]);
    expect(places('대량 양산에 들어갔다.')).toEqual([]);
  });

  it('keeps 북중미 one region, not three countries', () => {
    expect(places('북중미 지역 예선')).toEqual([['북중미', '북중미', 0]]);
  });

  it('reads 강화도 as the island, but not 강화 (strengthening) with the particle 도', () => {
    expect(places('협력 강화도 논의했다.')).toEqual([]);
    expect(places('인천 강화도에서 열렸다.')).toEqual([['인천', '인천', 0], ['강화도', '강화도', 3]]);
  });

  it('reads 경기도 as the province, but not 경기 (a game, the economy) with the particle 도', () => {
    expect(places('다음 경기도 집중하겠다. 남은 경기도 이기겠다. 국내 경기도 좋지 않다.')).toEqual([]);
    expect(places('경기도 지사와 경기도 안산시')).toEqual([['경기도', '경기도', 0], ['경기도', '경기도', 8], ['안산시', '안산', 12]]);
  });

  it('reads a country character after a headline verb character (訪美, 對北)', () => {
    expect(places('訪美 앞두고 對北 메시지')).toEqual([['美', '미국', 1], ['北', '북한', 8]]);
    expect(places('訪問 일정')).toEqual([]);
  });

  it('reads an ambiguous county after a comma and a sure division, not after an ordinary word', () => {
    expect(places('청주, 공주 등 인근 도시')).toEqual([['청주', '청주', 0], ['공주', '공주', 4]]);
    expect(places('왕자, 공주 이야기')).toEqual([]);
  });

  it('reads a word with 카운티, fused or spaced, as a county', () => {
    expect(places('커 카운티에서만 80명이 숨졌다.')).toEqual([['커 카운티', '커 카운티', 0]]);
    expect(places('오렌지카운티의 한인들')).toEqual([['오렌지카운티', '오렌지카운티', 0]]);
    expect(places('카운티 정부')).toEqual([]);
  });

  it('reads a neighbourhood of two syllables right after a division, not a compass word', () => {
    expect(places('서울 중구 가동 중단')).toEqual([['서울', '서울', 0], ['중구', '중구', 3]]); // 가동: operation
    expect(places('서울 중구 나람동에서')).toEqual([['서울', '서울', 0], ['중구', '중구', 3], ['나람동', '나람동', 6]]);
    expect(places('종로구 계동에서')).toEqual([['종로구', '종로구', 0], ['계동', '계동', 4]]);
    expect(places('경북 북동 산간')).toEqual([['경북', '경북', 0]]);
    expect(places('장관들이 서울서 회동했다.')).toEqual([['서울', '서울', 5]]);
    expect(places('서울에서 계동까지')).toEqual([['서울', '서울', 0]]);
  });

  it('keeps a place fused with 땅 or 대륙 (the land of it)', () => {
    expect(places('만주땅은 넓다.')).toEqual([['만주', '만주', 0]]);
    expect(places('남미대륙의 끝')).toEqual([['남미', '남미', 0]]);
    expect(places('미국땅콩')).toEqual([]);
  });

  it('reads an ambiguous division after a slash and a sure one ([인천/경기])', () => {
    expect(places('[인천/경기] 소식')).toEqual([['인천', '인천', 1], ['경기', '경기도', 4]]);
    expect(places('A/경기 결과')).toEqual([]);
  });

  it('keeps a river fused with 변 (riverside)', () => {
    expect(places('한강변에서 걸었다.')).toEqual([['한강', '한강', 0]]);
  });

  it('tells other recognizers which words are compounds of countries', () => {
    expect(['한중일', '한미', '북러', '한중', '한미약품', '중일', '한가람'].map(isCountryCompound)).toEqual([true, true, true, true, false, false, false]);
  });
});
