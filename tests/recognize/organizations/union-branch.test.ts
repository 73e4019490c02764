// A union's or association's branch named by its ending (-지회, -지부, -분회), like -노조.
import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

describe('union branches', () => {
  it('takes a firm’s branch of a union', () => {
    expect(texts('금속노조 누리조선하청지회는 파업에 들어갔다.')).toEqual(['금속노조', '누리조선하청지회']);
    expect(texts('누리건설분회와 서울지부가 모였다.')).toEqual(['누리건설분회', '서울지부']);
  });

  it('takes no ending alone', () => {
    expect(texts('지회와 지부, 분회가 모두 반대했다.')).toEqual([]);
  });
});

describe('a firm named inside its union’s name', () => {
  it('takes the firm alone where the article names it so', () => {
    expect(texts('누리조선하청지회는 파업했다. 누리조선 노동자들이 모였다.')).toEqual(['누리조선하청지회', '누리조선']);
    expect(texts('누리건설노조는 반발했다. 누리건설은 답하지 않았다.')).toEqual(['누리건설노조', '누리건설']);
  });

  it('takes no bare line of business', () => {
    expect(texts('건설노조는 반발했다. 건설 현장이 멈췄다.')).toEqual(['건설노조']);
  });
});
