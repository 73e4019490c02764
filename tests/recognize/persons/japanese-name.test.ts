// A common Japanese family name and a given name of Japanese shape, with no title.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('Japanese family and given names', () => {
  it('reads the two words as a name', () => {
    expect(brief('어제 다나카 히로시가 입국했다.')).toEqual(['다나카 히로시:다나카 히로시']);
    expect(brief('하시모토 료스케는 침묵했다.')).toEqual(['하시모토 료스케:하시모토 료스케']);
    expect(brief('사토 유카리의 소설이 팔렸다.')).toEqual(['사토 유카리:사토 유카리']);
    expect(brief('결승에서 야마다 다카오를 꺾었다.')).toEqual(['야마다 다카오:야마다 다카오']);
    expect(brief('그날 이시카와 겐타가 등판했다.')).toEqual(['이시카와 겐타:이시카와 겐타']);
    expect(brief('선발 야마다 마사노부는 호투했다.')).toEqual(['야마다 마사노부:야마다 마사노부']);
  });

  it('takes a title right after the name', () => {
    const m = persons('일본 정부 대변인인 마쓰다 요시오 관방장관은 말했다.').find((p) => p.rule === 'japanese-name');
    expect(m).toMatchObject({ text: '마쓰다 요시오', title: '관방장관' });
  });

  it('does not read a Sino-Korean noun or a product after the family name', () => {
    expect(brief('아베 지시로 진행됐다.')).toEqual([]);
    expect(brief('스즈키 자동차가 신차를 발표했다.')).toEqual([]);
  });
});

describe('a visit after a title', () => {
  it('is no name (대통령 방한은)', () => {
    expect(brief('대통령 방한은 처음이다.')).toEqual([]);
  });
});
