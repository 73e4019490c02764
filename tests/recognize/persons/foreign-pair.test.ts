// A common foreign first name and the family name after it, with no title.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('foreign first name and family name', () => {
  it('takes a family name that looks Korean when its given part is no common one', () => {
    expect(brief('그날 앤서니 노먼이 결승골을 넣었다.')).toEqual(['앤서니 노먼:앤서니 노먼']);
    expect(brief('이번에는 케빈 노이어가 선발로 나섰다.')).toEqual(['케빈 노이어:케빈 노이어']);
  });

  it('leaves 씨 glued to the family name out of the name', () => {
    expect(persons('관광객 에밀리 존슨씨는 말했다.')[0]).toMatchObject({ text: '에밀리 존슨', name: '에밀리 존슨', title: '씨' });
  });

  it('knows first names ending like the particle 나 and Arabic or Slavic first names', () => {
    expect(brief('한빛 자밀 토레스는 30점을 넣었다.')).toEqual(['자밀 토레스:자밀 토레스']);
    expect(brief('장관은 아날레나 뮐러 독일 외무장관과 만났다.')).toEqual(['아날레나 뮐러:아날레나 뮐러']);
    expect(brief('장관은 안나 뮐러 독일 외무장관과 만났다.')).toEqual(['안나 뮐러:안나 뮐러']);
    expect(brief('크리스탈리나 모레노 총재와 안드리 코발 우크라이나 외무장관이 만났다.')).toEqual(['크리스탈리나 모레노:크리스탈리나 모레노', '안드리 코발:안드리 코발']);
    expect(brief('리시 하퍼 총리와 활동가 그레타 린드가 만났다.')).toEqual(['리시 하퍼:리시 하퍼', '그레타 린드:그레타 린드']);
    expect(persons('상대 팀의 후안 안토니오 피치 감독은 말했다.').find((m) => m.rule === 'foreign-name-title')).toMatchObject({ text: '후안 안토니오 피치', title: '감독' });
  });

  it('reads a family name ending in 만 whole before a title or an affiliation and a title (호프만 감독)', () => {
    expect(persons('상대 팀의 필립 호프만 감독은 말했다.')[0]).toMatchObject({ text: '필립 호프만', title: '감독' });
    expect(brief('그는 사과만 대표에게 줬다.')).toEqual([]);
    expect(persons('디터 하르트만 축구대표팀 감독이 말했다.')[0]).toMatchObject({ text: '디터 하르트만', title: '감독', affiliation: '축구대표팀' });
    expect(persons('레오 카우프만 독일 재무장관은 말했다.')[0]).toMatchObject({ text: '레오 카우프만', title: '재무장관', affiliation: '독일' });
  });

  it('takes the word after a family-name particle into the name (에릭 텐 하흐)', () => {
    expect(persons('상대 팀의 에릭 텐 하흐 감독은 말했다.').find((m) => m.rule === 'foreign-name-title')).toMatchObject({ text: '에릭 텐 하흐', title: '감독' });
  });

  it('takes a one-syllable family name with a particle', () => {
    expect(brief('그는 제니퍼 리와 함께 무대에 올랐다.')).toEqual(['제니퍼 리:제니퍼 리']);
    expect(brief('결승에서 미셸 위가 역전했다.')).toEqual(['미셸 위:미셸 위']);
  });

  it('leaves a title or a Korean name of common syllables after the first name alone', () => {
    expect(brief('조 씨가 운영하는 가게에 갔다.')).not.toContainEqual(expect.stringMatching(/^조 씨/));
    expect(brief('에릭 김민준은 없었다.')).not.toContain('에릭 김민준:에릭 김민준');
  });
});

describe('first names of many languages', () => {
  it('opens a name with Arabic, German and French first names', () => {
    expect(brief('어제 무함마드 살레가 입국했다.')).toEqual(['무함마드 살레:무함마드 살레']);
    expect(brief('그날 위르겐 브란트는 침묵했다.')).toEqual(['위르겐 브란트:위르겐 브란트']);
  });
});
