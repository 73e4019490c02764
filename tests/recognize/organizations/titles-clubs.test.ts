// Organizations cut out of a title (비상대책위원장, 한빛전자 이코노미스트), and a club's sponsor or own name
// alone standing for the club the article named.
import { describe, expect, it } from 'vitest';
import { names, texts } from './helpers.js';

describe('a committee head’s title', () => {
  it('is not cut into a committee’s short name and 원장', () => {
    expect(texts('미래당 비상대책위원장은 사과했다.')).toEqual(['미래당']);
    expect(texts('인재영입위원장이 발표했다.')).toEqual([]);
  });

  it('leaves the committee itself and its short name before a particle', () => {
    expect(texts('비상대책위원회는 다음 주 출범한다. 비상대책위는 회의를 열었다.')).toEqual(['비상대책위원회', '비상대책위']);
  });
});

describe('an outlet’s name that is also a job title', () => {
  it('is the title after a company’s name', () => {
    expect(texts('한빛전자 이코노미스트 김민 박사는 전망했다.')).toEqual(['한빛전자']);
  });

  it('is the outlet elsewhere', () => {
    expect(texts('영국 이코노미스트는 최신호에서 보도했다.')).toEqual(['이코노미스트']);
  });
});

describe('a club’s sponsor or own name alone', () => {
  it('stands for the club the article named, before or after it', () => {
    expect(names('LG는 3연승을 달렸다. LG 트윈스는 두산 베어스를 꺾었다. 트윈스는 선두다.')).toEqual(['LG 트윈스', 'LG 트윈스', '두산 베어스', 'LG 트윈스']);
  });

  it('stays the sponsor before 그룹 or 회장, and when two clubs share it', () => {
    expect(names('LG 트윈스가 이겼다. LG 회장이 축하했다.')).toEqual(['LG 트윈스', 'LG']);
    expect(names('롯데 자이언츠와 요미우리 자이언츠가 맞붙었다. 자이언츠는 웃었다.').at(-1)).toBe('자이언츠');
  });
});

describe('an outlet’s name that is also a job title, before a person', () => {
  it('is the title before a name and a title of research', () => {
    expect(texts('리서치센터 이코노미스트 박건우 박사는 평가했다.')).toEqual([]);
  });
});

describe('a known name shared with a place', () => {
  it('is the place before a word of land or nature', () => {
    expect(texts('아마존 열대우림이 줄었다. 아마존 보호에 나섰다.')).toEqual([]);
  });

  it('is the company elsewhere', () => {
    expect(texts('아마존은 새 서비스를 발표했다.')).toEqual(['아마존']);
  });
});

describe('EU', () => {
  it('is an organization, for 유럽연합 when the article names it', () => {
    expect(names('유럽연합(EU)은 제재를 결정했다. EU는 발표했다.').at(-1)).toBe('유럽연합');
    expect(texts('EU는 제재를 결정했다.')).toEqual(['EU']);
  });
});

describe('a club’s name written with and without the space', () => {
  it('is one name, the first way the article writes it', () => {
    expect(names('LG 트윈스가 이겼다. LG트윈스는 선두다. LG는 웃었다.')).toEqual(['LG 트윈스', 'LG 트윈스', 'LG 트윈스']);
  });
});
