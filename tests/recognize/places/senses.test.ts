// Place names that are also ordinary words: the word before or after gives the ordinary sense.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('ordinary senses of place names', () => {
  it('reads 인도 as handing over next to the words that say so', () => {
    expect(places('범죄인 인도 조약을 맺었다.')).toEqual([]);
    expect(places('유족 인도 절차를 점검했다.')).toEqual([]);
  });

  it('reads 인도 as a pavement beside a road or under feet', () => {
    expect(places('차량이 차도와 인도 사이에 멈췄다.')).toEqual([]);
    expect(places('트럭이 인도 위로 올라섰다.')).toEqual([]);
    expect(places('인도 위성이 궤도에 올랐다.')).toEqual([['인도', '인도', 0]]);
    expect(places('음주 차량이 인도로 돌진해 2명이 다쳤다.')).toEqual([]);
    expect(places('인도 증시가 올랐고 도로 건설이 늘었다.')).toEqual([['인도', '인도', 0]]);
  });

  it('keeps the pavement for the whole article once its topic shows it', () => {
    expect(places('승용차가 인도로 돌진했다. 목격자는 "차가 인도로 올라왔다"고 말했다.')).toEqual([]);
    expect(places('인도 증시가 올랐다. 뭄바이 시장도 인도 정부도')).toEqual([['인도', '인도', 0], ['뭄바이', '뭄바이', 12], ['인도', '인도', 20]]);
  });

  it('reads 대전 as a war or a contest after the words that say so', () => {
    expect(places('2차 세계 대전 당시')).toEqual([]);
    expect(places('가을 할인 대전이 열린다.')).toEqual([]);
  });

  it('keeps the places elsewhere', () => {
    expect(places('인도와 파키스탄, 인도 정부는')).toEqual([['인도', '인도', 0], ['파키스탄', '파키스탄', 4], ['인도', '인도', 10]]);
    expect(places('충남 대전에서 열린 행사')).toEqual([['충남', '충남', 0], ['대전', '대전', 3]]);
  });
});
