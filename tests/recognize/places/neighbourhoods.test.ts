// Neighbourhoods and towns written alone: a word of three or four syllables ending in 동 or 읍.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('neighbourhoods alone', () => {
  it('reads a word ending in 동 or 읍 as a neighbourhood or town', () => {
    expect(places('그는 가람동에 산다.')).toEqual([['가람동', '가람동', 3]]);
    expect(places('주민들은 누리읍으로 모였다.')).toEqual([['누리읍', '누리읍', 5]]);
  });

  it('leaves ordinary words ending in 동 alone, and 면 and 리 outside an address', () => {
    expect(places('봉사활동과 노사공동 선언, 격리병동에서')).toEqual([]);
    expect(places('측면에서 보면 관리도 어렵다.')).toEqual([]);
  });

  it('leaves a given name ending in 동 alone before an age or a title', () => {
    expect(places('배우 나리동(45) 씨와 여보동 감독은 웃었다.')).toEqual([]);
  });
});
