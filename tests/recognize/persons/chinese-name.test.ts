// A Chinese name written as one word, known by its family name and Mandarin spelling.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('Chinese names written as one word', () => {
  it('reads a common family name and a given name spelled as Mandarin', () => {
    expect(brief('이후 왕샤오밍은 떠났다.')).toEqual(['왕샤오밍:왕샤오밍']);
    expect(brief('장쯔린의 영화가 개봉했다.')).toEqual(['장쯔린:장쯔린']);
    expect(brief('결승에서 리웨이가 우승했다.')).toEqual(['리웨이:리웨이']);
  });

  it('leaves loanwords, companies and cities alone', () => {
    expect(brief('그는 마케팅을 전공했다.')).toEqual([]);
    expect(brief('화웨이는 신제품을 발표했다.')).toEqual([]);
    expect(brief('광저우에 도착했다.')).toEqual([]);
    expect(brief('정저우에서 열린 회의에 참석했다.')).toEqual([]);
  });
});
