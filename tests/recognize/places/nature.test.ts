// Natural features: named mountains, rivers, lakes, islands and seas, and landform words fused after a name.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('natural features', () => {
  it('knows named mountains, rivers, lakes and seas', () => {
    expect(places('등산객들은 북악산에 올랐다.')).toEqual([['북악산', '북악산', 6]]);
    expect(places('유람선 볼가강을 따라 바이칼호까지 간다.')).toEqual([['볼가강', '볼가강', 4], ['바이칼호', '바이칼호', 12]]);
    expect(places('해군은 아덴만에 배치됐다.')).toEqual([['아덴만', '아덴만', 4]]);
  });

  it('gives Chinese provinces in their Sino-Korean reading the modern name', () => {
    expect(places('요령성 심양에서 출발했다.')).toEqual([['요령성', '랴오닝성', 0], ['심양', '선양', 4]]);
  });

  it('reads a landform word fused after a name as that place', () => {
    expect(places('피서객이 모래해수욕장으로 몰렸다.')).toEqual([['모래해수욕장', '모래해수욕장', 5]]);
    expect(places('탐사대가 카타강에 닿았다.')).toEqual([['카타강', '카타강', 5]]);
    expect(places('여행객이 파루섬을 찾았다.')).toEqual([['파루섬', '파루섬', 5]]);
  });

  it('leaves ordinary words ending in 강 or 섬 alone', () => {
    expect(places('여름특강과 정신건강 강좌')).toEqual([]);
    expect(places('무인섬에 표류했다.')).toEqual([]);
    expect(places('치료강의를 들었고 운동강도를 높였다.')).toEqual([]);
    expect(places('김태강은 웃었다.')).toEqual([]);
  });

  it('knows hemispheres, and the place a correspondent is posted to', () => {
    expect(places('남반구의 여름')).toEqual([['남반구', '남반구', 0]]);
    expect(places('그는 런던특파원을 지냈다.')).toEqual([['런던', '런던', 3]]);
  });
});
