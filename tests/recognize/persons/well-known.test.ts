// Well-known people named with no title or context.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('well-known people', () => {
  it('reads a listed name with a particle after it', () => {
    expect(brief('메르켈은 반대했다.')).toEqual(['메르켈:메르켈(short)']);
    expect(brief('어제 시진핑과 만났다.')).toEqual(['시진핑:시진핑']);
  });

  it('reads the longest listed name of several words', () => {
    expect(brief('리오넬 메시가 골을 넣었다.')).toEqual(['리오넬 메시:리오넬 메시']);
  });

  it('matches whole words only', () => {
    expect(persons('메시지를 보냈다. 간디스토마 검사.')).toEqual([]);
  });
});
