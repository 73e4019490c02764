// A common foreign first name alone with a particle.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a foreign first name alone', () => {
  it('reads it as a subject, owner or partner', () => {
    expect(brief('이후 제시카는 학교를 떠났다.')).toEqual(['제시카:제시카(short)']);
    expect(brief('그는 매튜와 함께 일했다.')).toEqual(['매튜:매튜(short)']);
  });

  it('needs two syllables', () => {
    expect(brief('조는 세 명이었다.')).toEqual([]);
  });

  it('leaves the last word of a longer foreign name alone', () => {
    expect(brief('이브 생 로랑의 향수가 팔렸다.')).not.toContain('로랑:로랑(short)');
  });
});
