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
