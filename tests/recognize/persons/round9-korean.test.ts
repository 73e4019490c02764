// Korean names found wrong or missing on invented articles in session 9: given names ending in 만, which
// also reads as the particle 'only'.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a three-syllable name in 만 right before a title', () => {
  it('is whole', () => {
    expect(brief('개막작은 김상만 감독의 넷플릭스 영화다.')).toEqual(['김상만:김상만']);
    expect(brief('박정만 의원은 말했다.')).toEqual(['박정만:박정만']);
  });

  it('is a word and the particle when the word is a common noun', () => {
    expect(brief('그 중 하나만 대표로 뽑았다.')).toEqual([]);
    expect(brief('서류상 형식만 대표이사였다.')).toEqual([]);
    expect(brief('이번만 위원장이 참석했다.')).toEqual([]);
  });
});

describe('a three-syllable name after a known body’s genitive', () => {
  it('is a player or member of that body', () => {
    expect(brief('샌디에이고 파드리스의 김하성은 부상으로 결장했다.')).toEqual(['김하성:김하성']);
    expect(brief('LG의 이정호가 말했다.')).toEqual(['이정호:이정호']);
  });

  it('stays a word after any other genitive', () => {
    expect(brief('삼성전자의 신제품은 잘 팔렸다.')).toEqual([]);
    expect(brief('우리 동네의 김민수가 왔다.')).toEqual([]);
  });
});

describe('creative and advisory occupations', () => {
  it('are titles after a name', () => {
    expect(brief('누리엔터테인먼트 박서윤 총괄 프로듀서도 축하 메시지를 보냈다.')).toEqual(['박서윤:박서윤']);
    expect(brief('김하나 큐레이터는 설명했다.')).toEqual(['김하나:김하나']);
  });

  it('leave a field before them alone', () => {
    expect(brief('음반 프로듀서 출신이다. 아트 디렉터로 일했다.')).toEqual([]);
  });
});
