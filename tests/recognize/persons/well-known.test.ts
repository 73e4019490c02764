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

  it('knows thinkers and figures of history named alone', () => {
    expect(brief('데카르트의 방법은 달랐다.')).toEqual(['데카르트:데카르트']);
    expect(brief('그 뒤 예수는 제자들과 떠났다.')).toEqual(['예수:예수']);
  });

  it('leaves a road or a city named after a person alone', () => {
    expect(brief('퇴계로를 따라 걸었다.')).toEqual([]);
    expect(brief('호찌민 공안 관계자는 말했다.')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(persons('메시지를 보냈다. 간디스토마 검사.')).toEqual([]);
  });
});
