// A role, kinship or sports-position word written before a name in apposition (before-name.txt).
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('roles, kin and positions before a name', () => {
  it('reads the name after the word', () => {
    expect(brief('드라마 주인공 한서윤이 돌아왔다.')).toEqual(['한서윤:한서윤']);
    expect(brief('경찰은 용의자 박준호를 체포했다.')).toEqual(['박준호:박준호']);
    expect(brief('이날 유격수 최민혁의 실책이 나왔다.')).toEqual(['최민혁:최민혁']);
    expect(brief('그의 장남 정도윤은 회사를 떠났다.')).toEqual(['정도윤:정도윤']);
  });

  it('takes a two-syllable name only after a stage word', () => {
    expect(brief('밴드의 보컬 하린이 노래했다.')).toEqual(['하린:하린']);
    expect(brief('그의 친구 민호가 왔다.')).toEqual([]);
  });

  it('does not read a common noun after a victim word', () => {
    expect(brief('희생자 유가족을 만났다.')).toEqual([]);
  });

  it('reads names after the credits of a film or drama', () => {
    expect(brief('드라마(극본 김하늘, 연출 박지훈)가 방송됐다.')).toEqual(['김하늘:김하늘', '박지훈:박지훈']);
    expect(brief('연출 방식을 바꿨다.')).toEqual([]);
  });

  it('does not take a one-syllable stage name with the genitive as a two-syllable name', () => {
    expect(brief('그룹 멤버 진의 첫 앨범이 나왔다.')).toEqual([]);
    expect(brief('배우 지성이 출연했다.')).toEqual(['지성:지성']);
  });

  it('reads a group’s leader by the name after 리더, not the role', () => {
    expect(brief('리더 라온의 눈물이 화제였다. 팀의 리더 역할을 했다.')).toEqual(['라온:라온']);
  });

  it('reads a member’s stage name and its particle, not a three-syllable full name', () => {
    expect(brief('그룹 누리온의 리더 하진은 팬들에게 감사했다.')).toEqual(['하진:하진']);
    expect(brief('멤버 서윤이 무대에 올랐다.')).toEqual(['서윤:서윤']);
    // 은 cannot follow 지 (no 받침): 김지은 is whole.
    expect(brief('멤버 김지은 씨가 합류했다.')).toEqual(['김지은:김지은']);
  });
});
