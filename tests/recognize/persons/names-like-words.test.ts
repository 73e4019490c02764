// Names that also read as common words: 정유나 (정유 + the particle 나), 조국 'fatherland', and foreign
// names of any spelling before a country and a title of state.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a name that reads as a word and a particle (정유 + 나)', () => {
  it('is whole before another particle, after an occupation and before an age', () => {
    expect(brief('정유나가 새 드라마에 출연한다.')).toEqual([]); // no context: no name
    expect(brief('배우 정유나가 새 드라마에 출연한다.')).toEqual(['정유나:정유나']);
    expect(brief('배우 정유나 씨가 웃었다.').map((b) => b.split(':')[0])).toContain('정유나');
    expect(brief('정유나(35)가 첫 엄마 역할에 도전한다.')).toEqual(['정유나:정유나']);
  });

  it('is found again later once found', () => {
    expect(brief('배우 정유나(35)가 나왔다. 정유나는 "즐겁다"고 말했다.')).toEqual(['정유나:정유나', '정유나:정유나']);
  });

  it('stays a word and its particle after a title where 은 is the particle', () => {
    expect(brief('대통령 방한은 처음이다.')).toEqual([]);
    expect(brief('정부나 국회가 나서야 한다.')).toEqual([]);
  });
});

describe('a well-known name that is a common word (조국)', () => {
  it('is a name right before its title', () => {
    expect(brief('조국혁신당 조국 대표는 "개혁하겠다"고 말했다.')).toEqual(['조국:조국']);
    expect(brief('조국 전 장관이 재판에 출석했다.')).toEqual(['조국:조국']);
    expect(brief('가수 보아는 데뷔 25주년을 맞았다.')).toEqual(['보아:보아']);
  });

  it('is the word elsewhere, even after the name was found', () => {
    expect(brief('조국 대표가 말했다. 독립투사들은 조국의 광복을 위해 싸웠다.')).toEqual(['조국:조국']);
  });
});

describe('a foreign name before a country and a title of state', () => {
  it('takes every word of the name however it is spelled', () => {
    expect(brief('시릴 라마포사 남아공 대통령은 회견에서 말했다.')).toEqual(['시릴 라마포사:시릴 라마포사']);
    expect(brief('루이스 이나시우 룰라 다시우바 브라질 대통령이 도착했다.')[0]).toBe('루이스 이나시우 룰라 다시우바:루이스 이나시우 룰라 다시우바');
  });

  it('leaves words that modify the title alone', () => {
    expect(brief('당시 미국 대통령은 침묵했다.')).toEqual([]);
    expect(brief('회담에서 만난 미국 대통령은 웃었다.')).toEqual([]);
  });
});

describe('a family name of two words joined by a hyphen', () => {
  it('is part of the name', () => {
    expect(brief('린다 토머스-그린필드 주유엔 미국대사는 말했다.')).toContain('린다 토머스-그린필드:린다 토머스-그린필드');
  });
});

describe('a party post written like a surname and a title (간사장)', () => {
  it('is the title of the name before it, not 간 + 사장', () => {
    expect(brief('자민당 모테기 도시미쓰 간사장도 거들었다.')).toEqual(['모테기 도시미쓰:모테기 도시미쓰']);
  });
});

describe('titles of forecasters and analysts', () => {
  it('are titles after a name (박서연 예보관은)', () => {
    expect(brief('기상청 박서연 예보관은 비가 더 온다고 예보했다.')).toEqual(['박서연:박서연']);
  });
});

describe('a well-known Chinese name that reads as a word and a particle (왕이)', () => {
  it('is a name before its title', () => {
    expect(brief('왕이 외교부장은 워싱턴을 방문한다.')).toEqual(['왕이:왕이']);
  });
});

describe('initials in capitals before a foreign name', () => {
  it('join the name (TJ 칼슨, T.J. 칼슨)', () => {
    expect(brief('TJ 칼슨 부통령은 말했다.')).toEqual(['TJ 칼슨:TJ 칼슨']);
    expect(brief('T.J. 칼슨 부통령도 나섰다.')).toEqual(['T.J. 칼슨:T.J. 칼슨']);
  });

  it('leave an organization’s letters alone (EU)', () => {
    expect(brief('EU 폰데어라이엔 위원장이 왔다.').map((b) => b.split(':')[0])).not.toContain('EU 폰데어라이엔');
  });
});

describe('a foreign first name ending like a particle, before a country and a title of state', () => {
  it('is part of the name (프리드만 is no 프리드 + 만)', () => {
    expect(brief('프리드만 콜로사르노 칠레 대통령은 말했다.')).toEqual(['프리드만 콜로사르노:프리드만 콜로사르노']);
  });
});

describe('a noun with the copula before a country and a title of state', () => {
  it('is no foreign name (회담 상대인 칠레 대통령)', () => {
    expect(brief('회담 상대인 칠레 대통령은 말했다.')).toEqual([]);
  });
});
