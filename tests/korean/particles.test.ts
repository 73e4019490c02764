// 조사 by 받침: splitParticle cuts a word into noun and particle only where the particle fits the noun.
import { describe, expect, it } from 'vitest';
import { particleFits, splitParticle } from '../../src/korean/particles.js';

describe('particles', () => {
  it('chooses the form by 받침', () => {
    expect(particleFits('정부', '는')).toBe(true);
    expect(particleFits('정부', '은')).toBe(false);
    expect(particleFits('국회', '로서는')).toBe(true);
    expect(particleFits('노조', '으로서는')).toBe(false);
    expect(particleFits('민노총', '으로서는')).toBe(true);
  });

  it('splits the longest particle that fits, 이든 and 으로서는 included', () => {
    expect(splitParticle('한총련이든')).toEqual(['한총련', '이든']);
    expect(splitParticle('민노총으로서는')).toEqual(['민노총', '으로서는']);
    expect(splitParticle('정부로서는')).toEqual(['정부', '로서는']);
    expect(splitParticle('중국에서는')).toEqual(['중국', '에서는']);
  });
});
