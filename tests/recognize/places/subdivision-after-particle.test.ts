// A village or township after a city with a particle, found on an invented local article in session 9:
// 통영의 가두리 양식장 (a cage fish farm) is no village 가두리.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

describe('a subdivision after a city', () => {
  it('follows the bare city, or a list of them', () => {
    expect(places('통영시 욕지면 해상')).toEqual([['통영시', '통영', 0], ['욕지면', '욕지면', 4]]);
    expect(places('남해군 미조면과 거제시 남부면에도').map((p) => p[0])).toEqual(['남해군', '미조면', '거제시', '남부면']);
  });

  it('is no word after the city’s genitive', () => {
    expect(places('통영의 가두리 양식장을 운영한다.')).toEqual([['통영', '통영', 0]]);
  });
});
