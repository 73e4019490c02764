// Hanja glosses, landforms and the contracted 서: invented sentences.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('Hanja glosses of places', () => {
  it('names the gloss after a known place as the same place', () => {
    expect(places('그는 다롄(大連)에서 배를 탔다.')).toEqual([
      ['다롄', '다롄', 3],
      ['大連', '다롄', 6],
    ]);
  });
  it('reads an unknown glossed word before a unit as a place', () => {
    expect(places('허톈(和田)현 일대에 눈이 왔다.').map(([t, n]) => [t, n])).toEqual([
      ['허톈', '허톈'],
      ['和田', '허톈'],
    ]);
    expect(places('당국은 오아하카주(州) 선거를 미뤘다.').map(([t]) => t)).toEqual(['오아하카주']);
  });
  it('leaves glossed persons and words without a unit alone', () => {
    expect(places('김철수(金哲洙) 씨가 왔다.')).toEqual([]);
    expect(places('회의(會議) 시간이 바뀌었다.')).toEqual([]);
  });
  it('does not count a gloss of the unit alone', () => {
    expect(places('콜로라도주(州)에서 불이 났다.').map(([t]) => t)).toEqual(['콜로라도주']);
  });
});

describe('landforms', () => {
  it('names a word ending in a landform', () => {
    expect(places('탐험대가 알타이산맥을 넘었다.')).toEqual([['알타이산맥', '알타이산맥', 5]]);
    expect(places('유카탄반도에서 태풍이 왔다.').map(([t]) => t)).toEqual(['유카탄반도']);
  });
  it('needs a name of two syllables before it', () => {
    expect(places('과반도 넘지 못했다.')).toEqual([]);
  });
});

describe('contracted 에서', () => {
  it('reads 서 after a place as 에서', () => {
    expect(places('그는 일본서 돌아왔다.')).toEqual([['일본', '일본', 3]]);
  });
});

describe('units after a foreign place', () => {
  it('keeps 시 fused after a foreign city, and a spaced unit, in the span', () => {
    expect(places('베이징시에서 회의가 열렸다.')).toEqual([['베이징시', '베이징', 0]]);
    expect(places('텍사스 주는 법을 바꿨다.')).toEqual([['텍사스 주', '텍사스', 0]]);
  });
  it('leaves a suffix that is not a unit outside the span', () => {
    expect(places('베이징발 항공편')).toEqual([['베이징', '베이징', 0]]);
  });
});

describe('경기 heading an address', () => {
  it('counts before a city written with 시 or 군', () => {
    expect(places('경기 안성시 공도읍에서').map(([t]) => t)).toEqual(['경기', '안성시', '공도읍']);
  });
  it('is the game elsewhere', () => {
    expect(places('경기 서울 팀이 이겼다.').map(([t]) => t)).toEqual(['서울']);
    expect(places('경기 중 다쳤다.')).toEqual([]);
  });
});
