// Names coordinated with a name already found.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('names listed with a person', () => {
  it('reads transliterated names listed with a found name', () => {
    expect(brief('스콧 레이놀즈, 앤디 카터, 벤 로렌 등이 왔다.')).toEqual(['스콧 레이놀즈:스콧 레이놀즈', '앤디 카터:앤디 카터', '벤 로렌:벤 로렌']);
    expect(brief('스콧 레이놀즈와 로런 데커가 지켜봤다.')).toContain('로런 데커:로런 데커');
  });

  it('reads stage names in a comma list of names', () => {
    expect(brief('출연진은 나리, 박하늘, 정민서, 윤보라가 맡았다.')).toContain('나리:나리');
  });

  it('leaves common words, verbs and bodies in a list alone', () => {
    expect(brief('금리를 1%포인트 올렸고, 트럼프는 화냈다.')).toEqual(['트럼프:트럼프(short)']);
    expect(brief('박하늘, 정민서와 국회의원들이 모였다.')).toEqual(['박하늘:박하늘', '정민서:정민서']);
  });

  it('does not read an adverbial phrase after a headline’s topic and a comma as a listed name', () => {
    expect(brief('한서준, 멀티히트로 팀 승리 견인')).toEqual(['한서준:한서준']);
    expect(brief('한서준, 멀티히트에 환호')).toEqual(['한서준:한서준']);
  });
});
