// The 받침 classes the place rules use stand for particleFits: every syllable agrees with its class sample.
import { describe, expect, it } from 'vitest';
import { PARTICLES, particleFits } from '../../../src/korean/particles.js';
import { batchimClass } from '../../../src/recognize/places/remainder.js';

const SAMPLES = ['가', '각', '갈', 'A'];

describe('batchimClass', () => {
  it('agrees with particleFits for every Hangul syllable and particle', () => {
    for (let c = 0xac00; c <= 0xd7a3; c += 13) {
      const syllable = String.fromCharCode(c);
      const sample = SAMPLES[batchimClass(c)];
      for (const p of PARTICLES) expect(particleFits(syllable, p)).toBe(particleFits(sample, p));
    }
  });
});
