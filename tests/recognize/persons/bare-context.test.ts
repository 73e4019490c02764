// Bare three-syllable names (no title) read from the context of the clause they are the subject of.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a bare name as the subject after a modifier clause or a sentence adverb', () => {
  it('reads the name after a clause ending in a modifier', () => {
    expect(brief('결승에서 우승한 김민지는 눈물을 보였다.')).toEqual(['김민지:김민지']);
    expect(brief('어제 귀국한 박서준이 기자회견을 열었다.')).toEqual(['박서준:박서준']);
  });

  it('reads the name after a sentence adverb', () => {
    expect(brief('이날 최유진은 두 골을 넣었다.')).toEqual(['최유진:최유진']);
    expect(brief('이날 최유진의 슛이 빛났다.')).toEqual(['최유진:최유진']);
  });

  it('does not take a compound noun after a plain noun, a genitive or a modifier', () => {
    expect(brief('정부의 지지율이 올랐다.')).toEqual([]);
    expect(brief('대형 공연장이 문을 닫았다.')).toEqual([]);
    expect(brief('물가가 완연한 안정세를 보였다. 뚜렷한 안정세가 이어졌다.')).toEqual([]);
  });
});

describe('a transliterated family name alone before a personal title', () => {
  it('reads it before 씨, 박사 or 감독', () => {
    expect(brief('스미슨 박사는 실험 결과를 발표했다.')).toEqual(['스미슨:스미슨(short)']);
    expect(brief('로버트슨 감독이 기자회견을 열었다.')).toEqual(['로버트슨:로버트슨(short)']);
  });

  it('does not read a loanword before 교수 or a determiner before 선수', () => {
    expect(brief('로스쿨 교수들이 모였다.')).toEqual([]);
    expect(brief('그런 선수가 어떻게 이겼을까.')).toEqual([]);
  });
});

describe('a name after a family or occupation word in apposition', () => {
  it('reads the name after 남편, 아들, 디자이너 or 셰프', () => {
    expect(brief('그는 남편 박정우와 함께 귀국했다.')).toEqual(['박정우:박정우']);
    expect(brief('디자이너 이수아가 새 옷을 선보였다.')).toEqual(['이수아:이수아']);
    expect(brief('디자이너 마르코 벨리니가 협업했다.')).toEqual(['마르코 벨리니:마르코 벨리니']);
  });

  it('does not read a common noun after them', () => {
    expect(brief('남편 회사가 문을 닫았다.')).toEqual([]);
    expect(brief('아들 결혼식이 열렸다.')).toEqual([]);
  });
});

describe('two names joined by 와/과 or a comma', () => {
  it('reads a rare-syllable name joined to a common-shaped one', () => {
    expect(brief('결승에서 탁곤길과 김민준은 악수했다.')).toEqual(['탁곤길:탁곤길', '김민준:김민준']);
  });

  it('does not read a common word joined to a name', () => {
    expect(brief('그는 김민준과 대부분의 시간을 보냈다.').map((s) => s.split(':')[0])).not.toContain('대부분');
    expect(brief('대형마트와 김민준이 만났다.').map((s) => s.split(':')[0])).not.toContain('대형마');
  });
});

describe('a name, its age in brackets, then a title', () => {
  it('joins the name to the title across the bracket', () => {
    expect(brief('김을순(70) 씨가 왔다.')).toEqual(['김을순:김을순']);
    expect(brief('박민호 (45)씨는 말했다.')).toEqual(['박민호:박민호']);
  });

  it('does not take a common word before a bracketed number', () => {
    expect(brief('참가자(70) 명단이 나왔다.')).toEqual([]);
    expect(brief('대부분(70) 씨앗이다.')).toEqual([]);
  });
});

describe('names in brackets', () => {
  it('reads an actor after a character and a foreign name after a role noun', () => {
    expect(brief('송하나(김민지)는 울었다.').map((s) => s.split(':')[0])).toContain('김민지');
    expect(brief('한 남자(마이클 로버츠)와 결혼한 여자').map((s) => s.split(':')[0])).toContain('마이클 로버츠');
  });

  it('reads a foreign name with its age in brackets', () => {
    expect(brief('배우 한 명과 마이클 로버츠(47)가 왔다.').map((s) => s.split(':')[0])).toContain('마이클 로버츠');
  });

  it('reads a Korean name with an age first in its note', () => {
    expect(brief('은메달을 딴 탁용건(23·한빛은행)도 웃었다.')).toEqual(['탁용건:탁용건']);
    expect(brief('결승에서 만난 곽두식(31. 서울)은 강했다.')).toEqual(['곽두식:곽두식']);
  });

  it('reads two transliterated words before a club in brackets', () => {
    expect(brief('전반 10분 루카스 베르퇴르(도르트문트)가 골을 넣었다.')).toEqual(['루카스 베르퇴르:루카스 베르퇴르']);
  });

  it('does not read a figure in brackets as an age', () => {
    expect(brief('여가업(14.3%)을 제외하고 줄었다.')).toEqual([]);
  });

  it('does not read a gloss of a body or a long compound in brackets', () => {
    expect(brief('에어포스원(전용기) 안에서 말했다.')).toEqual([]);
    expect(brief('선수(빅에어 금메달리스트)와 만났다.')).toEqual([]);
    expect(brief('서울시(한정우)가 발표했다.').map((s) => s.split(':')[0])).not.toContain('서울시');
  });
});

describe('a common foreign first name and a transliterated family name', () => {
  it('reads the pair with no title', () => {
    expect(brief('스콧 레이놀즈와 안나 페트로바가 만났다.')).toEqual(['스콧 레이놀즈:스콧 레이놀즈', '안나 페트로바:안나 페트로바']);
  });

  it('knows first names of many languages', () => {
    expect(brief('헨릭 스벤손이 골을 넣었고 클로이 마르텔은 웃었다.')).toEqual(['헨릭 스벤손:헨릭 스벤손', '클로이 마르텔:클로이 마르텔']);
  });

  it('does not read two loanwords or a first name before a common noun', () => {
    expect(brief('허리케인 샌디가 지나갔다.')).toEqual([]);
    expect(brief('마크 사이즈를 키웠다.').map((s) => s.split(':')[0])).not.toContain('마크 사이즈');
  });
});

describe('a known foreign first name before a family name that does not look foreign', () => {
  it('reads 데이비드 릴리 style pairs', () => {
    expect(brief('데이비드 릴리가 공을 던졌다.')).toEqual(['데이비드 릴리:데이비드 릴리']);
  });

  it('does not read a Korean word after a first name that is also a word', () => {
    expect(brief('두 마리 토끼를 잡았다.')).toEqual([]);
    expect(brief('손을 댄 것이다.')).toEqual([]);
  });
});

describe('a name after 본명 or a judge title', () => {
  it('reads it', () => {
    expect(brief('가수 하루(본명 김하은)가 왔다.').map((s) => s.split(':')[0])).toContain('김하은');
    expect(brief('형사부(부장판사 이정훈)는 판결했다.')).toEqual(['이정훈:이정훈']);
    expect(brief('반부패수사부(부장검사 문지후)는 밝혔다.')).toEqual(['문지후:문지후']);
  });

  it('does not read a common noun after them', () => {
    expect(brief('본명 공개를 거부했다.')).toEqual([]);
  });
});

describe('a name shape with one of the most frequent surnames', () => {
  it('reads it as a subject, partner or owner anywhere', () => {
    expect(brief('그 경기에서 한국 대표 강민호가 결승골을 넣었다.')).toEqual(['강민호:강민호']);
    expect(brief('감독은 어제 윤서진의 활약을 칭찬했다.')).toEqual(['윤서진:윤서진']);
    expect(brief('출연진은 배우 몇 명과 강민호, 탁곤길 등이다.').map((s) => s.split(':')[0])).toContain('강민호');
  });

  it('does not read an object, a genitive head or a rarer surname that way', () => {
    expect(brief('회사는 안정성을 확보했다.')).toEqual([]);
    expect(brief('그는 조의금을 보냈다.')).toEqual([]);
    expect(brief('정부의 지지율이 올랐다.')).toEqual([]);
    expect(brief('유출 지하수가 발생했다.')).toEqual([]);
    expect(brief('동영상, 사진 등이 공개됐다.')).toEqual([]);
  });
});

describe('a name ending like a particle before 씨', () => {
  it('keeps the name whole', () => {
    expect(brief('앞서 김하로 씨는 말했다.')).toEqual(['김하로:김하로']);
  });
});

describe('a bare name as a headline topic or paired by a hyphen', () => {
  it('reads a name opening a headline before a comma', () => {
    expect(brief('허민수, 3년 만에 정상 탈환')).toEqual(['허민수:허민수']);
  });

  it('does not read an item of a list as a topic', () => {
    expect(brief('윷놀이, 용신제, 대동놀이를 즐겼다.')).toEqual([]);
  });

  it('reads names paired by a hyphen', () => {
    expect(brief('결승에서 송지훈-배민수 조가 이겼다.')).toEqual(['송지훈:송지훈', '배민수:배민수']);
  });
});

describe('a bare name before a note in brackets', () => {
  it('reads a name before a score, a share, a count or a team of several words', () => {
    expect(brief('이날 1위는 한도윤(71.52점)이 차지했다.')).toEqual(['한도윤:한도윤']);
    expect(brief('결선에는 송민재(31.5%)가 올랐다.')).toEqual(['송민재:송민재']);
    expect(brief('역대 최다는 윤서진(6회)이다.')).toEqual(['윤서진:윤서진']);
    expect(brief('야수로는 배지훈(이상 한빛)이 뽑혔다.')).toEqual(['배지훈:배지훈']);
  });

  it('does not read a market word before a gloss', () => {
    expect(brief('1000여 개 종목이 하한가(하루 변동 제한 폭)를 기록했다.')).toEqual([]);
  });
});

describe('a bare name before 측, 소속사 or a kinship word', () => {
  it('reads the name', () => {
    expect(brief('그러나 한서윤 측은 부인했다.')).toEqual(['한서윤:한서윤']);
    expect(brief('이에 대해 배지훈 소속사는 입장을 밝혔다.')).toEqual(['배지훈:배지훈']);
  });

  it('does not read a verb after its object', () => {
    expect(brief('소송을 제기한 부부는 늘었다.')).toEqual([]);
  });
});

describe('given-name syllables', () => {
  it('reads names with less frequent given syllables', () => {
    expect(brief('이날 최건우는 두 골을 넣었다.')).toEqual(['최건우:최건우']);
    expect(brief('이날 한슬기는 결승에 올랐다.')).toEqual(['한슬기:한슬기']);
  });

  it('leaves nouns ending in 점, 항 or 산 alone', () => {
    expect(brief('이날 백화점은 붐볐다.')).toEqual([]);
    expect(brief('그는 조선산을 샀다.')).toEqual([]);
  });
});

describe('more sentence adverbs before a bare name', () => {
  it('reads the name after 전날, 그러자 or 반면', () => {
    expect(brief('전날 최유진은 두 골을 넣었다.')).toEqual(['최유진:최유진']);
    expect(brief('그러자 박서준이 일어섰다.')).toEqual(['박서준:박서준']);
  });

  it('does not read 어린이 or 어린애 as a name', () => {
    expect(brief('마침내 어린애를 낳았다.')).toEqual([]);
  });
});

describe('name-shaped nouns after the new given syllables and bracket notes', () => {
  it('leaves weekdays and a word glossed in brackets alone', () => {
    expect(brief('그는 화요일의 회의에 참석했다.')).toEqual([]);
    expect(brief('이 기법은 변환기(언어 오류 수정)를 쓴다.')).toEqual([]);
  });

  it('reads a name before a note of a team and a height', () => {
    expect(brief('동갑내기인 한서윤(한빛건설 · 190㎝)은 첫 경기에 나섰다.')).toEqual(['한서윤:한서윤']);
  });
});

describe('a common word and a noun suffix shaped like a name', () => {
  it('is no bare name (지하수, 공연장, 배우자)', () => {
    expect(brief('지하수가 오염됐다. 새 공연장이 문을 열었다. 배우자와 함께 왔다.')).toEqual([]);
  });

  it('leaves names whose first syllables are no word (이상화는 is 이상 + 화)', () => {
    expect(brief('이상화는 회의를 열었다.')).toEqual(['이상화:이상화']);
  });
});
