// A full name in Chinese characters before its title.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a name in Chinese characters before a title', () => {
  it('reads three characters starting with a surname', () => {
    expect(brief('金民俊 총재는 말했다.')).toEqual(['金民俊:金民俊']);
    expect(brief('당시 崔秀彬 전 장관이 반대했다.')).toEqual(['崔秀彬:崔秀彬']);
  });

  it('leaves a surname alone, a country and a longer phrase', () => {
    expect(brief('金총재가 발언했다.')).toEqual([]);
    expect(brief('韓國 대통령이 방문했다.')).toEqual([]);
    expect(brief('大韓民國 대통령이 방문했다.')).toEqual([]);
  });
});
