// Errors found on invented articles in session 7b: a branch head read as surname + title, foreign family
// names in 가, a name with an age aside and 씨, and verb, source and event words read into a name.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('a branch body with 장 is no surname + title', () => {
  it('reads no 지 in 지회장, 지사장 or 지원장', () => {
    expect(brief('지회장은 이날 기자회견을 열었다.')).toEqual([]);
    expect(brief('지사장이 현장을 찾았다. 지원장도 왔다.')).toEqual([]);
    expect(brief('하청지회 박영수 지회장은 말했다.')).toEqual(['박영수:박영수']);
  });

  it('still reads a surname fused to 회장', () => {
    expect(brief('김회장은 웃었다.')).toEqual(['김:김 회장(surname)']);
  });
});

describe('a foreign family name ending in 가 after a known first name', () => {
  it('keeps 가 before another particle or a title', () => {
    expect(brief('알레한드로 오르테가 장관은 말했다.')).toContain('알레한드로 오르테가:알레한드로 오르테가');
    expect(brief('알레한드로 오르테가가 회견에서 말했다.')).toEqual(['알레한드로 오르테가:알레한드로 오르테가']);
    expect(brief('마리아 몬테르가는 웃었다.')).toEqual(['마리아 몬테르가:마리아 몬테르가']);
  });

  it('reads 가 as the nominative elsewhere', () => {
    expect(brief('마르코 벨리니가 말했다.')).toEqual(['마르코 벨리니:마르코 벨리니']);
    expect(brief('마르코 벨리니가 장관이 됐다.')).toEqual(['마르코 벨리니:마르코 벨리니']);
  });
});

describe('a name ending in 란, which is also a particle', () => {
  it('reads 정미란 whole before an age in brackets and 씨', () => {
    expect(brief('정미란(38)씨는 "무서웠다"고 말했다.')).toEqual(['정미란:정미란']);
    expect(brief('주민 정미란(38) 씨는 말했다.')).toEqual(['정미란:정미란']);
  });

  it('reads no name in a word and 란 without such a context', () => {
    expect(brief('정치란 무엇인가. 자유란 말이 나왔다.')).toEqual([]);
  });
});

describe('words read into a name', () => {
  it('reads no verb before a Korean name with an age into it', () => {
    expect(brief('평생 가게를 지켜온 박순덕(72) 할머니는 말했다.')).toEqual(['박순덕:박순덕']);
  });

  it('reads an event after a foreign first name as the person’s, not a family name', () => {
    expect(brief('클로이 마약사건 재판이 열렸다.')).toEqual(['클로이:클로이(short)']);
    expect(brief('제시카 폭행 사건이 알려졌다.')).toEqual(['제시카:제시카(short)']);
    expect(brief('제니퍼 로페즈 사건이 알려졌다.')).toEqual(['제니퍼 로페즈:제니퍼 로페즈']);
  });
});

describe('a title after a foreign family name in 가', () => {
  it('reads the name with its title, but not before 장관이 됐다', () => {
    expect(persons('알레한드로 오르테가 장관은 말했다.').map((m) => [m.text, m.rule, m.title])).toEqual([['알레한드로 오르테가', 'foreign-name-title', '장관']]);
    expect(persons('마르코 벨리니가 장관이 됐다.').map((m) => [m.text, m.title])).toEqual([['마르코 벨리니', undefined]]);
  });
});

describe('a source cited without a name', () => {
  it('reads no 캠프 관계자 as a foreign name', () => {
    expect(brief('김하늘 후보 캠프 관계자는 말했다.')).toEqual(['김하늘:김하늘']);
    expect(brief('캠프 관계자(45)는 말했다.')).toEqual([]);
  });
});
