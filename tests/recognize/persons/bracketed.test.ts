// Foreign names before a note of an age or a nationality.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('a foreign name before a note of age or nationality', () => {
  it('reads a first and a family name before an age or a country', () => {
    expect(brief('마이클 로버츠(47)와 만났다.')).toEqual(['마이클 로버츠:마이클 로버츠']);
    expect(brief('에릭 베버(독일), 스테판 헬(독일)이 받았다.')).toEqual(['에릭 베버:에릭 베버', '스테판 헬:스테판 헬']);
  });

  it('reads one word before a nationality, even one not looking transliterated', () => {
    expect(brief('준결승에서 리웨이(22·중국)를 꺾었다.')).toEqual(['리웨이:리웨이']);
  });

  it('reads a full Korean name before its club or firm in brackets and a particle', () => {
    expect(persons('김민수(한빛전자)는 말했다. 정지훈(PSG)이 골을 넣었다.').map((m) => m.name)).toEqual(['김민수', '정지훈']);
    expect(persons('김민수(한빛전자)는 말했다. 정지훈(PSG)이 골을 넣었다.').map((m) => m.affiliation)).toEqual(['한빛전자', 'PSG']);
    expect(persons('한서윤(김지민)은 웃었다.').find((m) => m.name === '한서윤')?.affiliation).toBeUndefined();
    expect(persons('현대차(현대자동차)는 올랐다.')).toEqual([]);
  });

  it('needs a note of a person', () => {
    expect(persons('독일(유럽) 경제가 나빠졌다. 한빛전자(005930)는 올랐다.')).toEqual([]);
  });
});

describe('stage names and real names in brackets', () => {
  it('reads the stage name before (본명 …) and the real name in it', () => {
    expect(brief('멤버 하늘(본명 김하늘)이 합격했다.')).toEqual(['하늘:하늘', '김하늘:김하늘']);
  });

  it('reads a real name with an age in brackets', () => {
    expect(brief('그룹 멤버 미키(조민호·35)가 밝혔다.')).toContain('조민호:조민호');
  });
});
