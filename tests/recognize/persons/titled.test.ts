// Names before a title, with affiliation; surname + title as partial mentions.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('names before a title', () => {
  it('takes the name, its affiliation and its title', () => {
    const [m] = persons('박지훈 한국개발연구원 선임연구위원은 전망을 내놨다.');
    expect(m).toMatchObject({ text: '박지훈', name: '박지훈', title: '선임연구위원', affiliation: '한국개발연구원', type: 'PERSON' });
  });

  it('reads the short name of a body that looks like a word with a particle as the affiliation (한은)', () => {
    const [m] = persons('이동현 한은 총재는 금리를 동결했다.');
    expect(m).toMatchObject({ text: '이동현', title: '총재', affiliation: '한은' });
  });

  it('takes a name ending in 대 before an office title, not a university before an academic one', () => {
    expect(brief('오민대 원내대표는 회의를 열었다.')).toEqual(['오민대:오민대']);
    expect(brief('서울대 교수가 말했다.')).toEqual([]);
    expect(brief('경남대 대표가 나섰다.')).toEqual([]);
  });

  it('reads executive titles, and a body written half in Latin letters as affiliation, not as a family name', () => {
    expect(persons('김민수 한빛전자 최고경영자(CEO)는 말했다.')[0]).toMatchObject({ text: '김민수', title: '최고경영자', affiliation: '한빛전자' });
    expect(persons('샘 브로드먼 오픈AI 최고기술책임자는 말했다.')[0]).toMatchObject({ text: '샘 브로드먼', title: '최고기술책임자', affiliation: '오픈AI' });
  });

  it('reads North Korean ministers’ titles (국방상)', () => {
    expect(brief('리철진 국방상이 참석했다.')).toEqual(['리철진:리철진']);
  });

  it('reads 학생 after a full name as a title, not after a body', () => {
    expect(brief('이서윤 학생은 상을 받았다.')).toEqual(['이서윤:이서윤']);
    expect(brief('대학 학생은 늘었다.')).toEqual([]);
  });

  it('reads a university department as part of the affiliation (경제학과 is no 경제학 + 과)', () => {
    expect(persons('한도윤 누리대 경제학과 교수는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '교수', affiliation: '누리대 경제학과' });
  });

  it('reads hospital departments and specialists (소아청소년과 교수, 정형외과 전문의)', () => {
    expect(persons('한도윤 누리병원 소아청소년과 교수는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '교수', affiliation: '누리병원 소아청소년과' });
    expect(persons('한도윤 누리병원 정형외과 전문의는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '전문의' });
    expect(brief('하반기 전문의 모집이 시작됐다.')).toEqual([]);
  });

  it('reads a known body written right before the name as its affiliation', () => {
    expect(persons('국민의힘 한도윤 대표는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '대표', affiliation: '국민의힘' });
  });

  it('reads bodies named by their ending, departments and Latin-Hangul bodies before the name as its affiliation', () => {
    const aff = (text: string) => persons(text)[0]?.affiliation;
    expect(aff('한빛바이오협회 노민준 회장은 말했다.')).toBe('한빛바이오협회');
    expect(aff('누리대 물리천문학부 최서윤 교수는 말했다.')).toBe('누리대 물리천문학부');
    expect(aff('한빛대병원 소아청소년과 정하준 교수는 말했다.')).toBe('한빛대병원 소아청소년과');
    expect(aff('국토교통부 교통정책과 윤지민 과장은 말했다.')).toBe('국토교통부 교통정책과');
    expect(aff('KB누리증권 박도윤 연구원은 말했다.')).toBe('KB누리증권');
    expect(aff('한은 서지훈 총재는 말했다.')).toBe('한은');
  });

  it('reads a body before its short name in brackets as the affiliation', () => {
    expect(persons('한국누리교사연합회(누교연) 강민재 회장은 말했다.')[0]).toMatchObject({ text: '강민재', title: '회장', affiliation: '한국누리교사연합회' });
  });

  it('takes a party alone as a member’s affiliation, and a place before a local office', () => {
    expect(persons('국회 법제사법위 새미래당 오하린 의원은 말했다.')[0]).toMatchObject({ text: '오하린', affiliation: '새미래당' });
    expect(persons('수원시 한지호 시장은 말했다.')[0]).toMatchObject({ text: '한지호', title: '시장', affiliation: '수원시' });
    expect(persons('전남도 박서진 지사도 밝혔다.')[0]).toMatchObject({ text: '박서진', title: '지사', affiliation: '전남도' });
    expect(persons('한빛시의회 새미래당 소속 김도현 의원은 말했다.')[0]).toMatchObject({ text: '김도현', affiliation: '새미래당' });
    expect(persons('정책과 김민수 과장이 왔다.')[0]?.affiliation).toBeUndefined();
  });

  it('reads firefighters’ ranks and a special counsel’s deputy as titles', () => {
    expect(persons('119구조대원 정민재 소방장은 다쳤다.')[0]).toMatchObject({ text: '정민재', title: '소방장' });
    expect(persons('특검팀의 한도윤 특검보는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '특검보' });
  });

  it('reads a Korean name before a body written in capitals and a transliteration (SK하이닉스), and division heads', () => {
    expect(persons('박서준 KT누리텔레콤 사장은 말했다.')[0]).toMatchObject({ text: '박서준', title: '사장', affiliation: 'KT누리텔레콤' });
    expect(persons('정하늘 한빛전자 DS부문장은 말했다.')[0]).toMatchObject({ text: '정하늘', title: '부문장' });
  });

  it('reads a transliterated family name in 에 before a title whole (바르니에 총리), not a place with 에', () => {
    expect(brief('미셸 바르니에 총리는 말했다.')).toContain('미셸 바르니에:미셸 바르니에');
    expect(brief('파리에 총리가 도착했다.')).toEqual([]);
  });

  it('reads a party or body first in the note after the title as the affiliation', () => {
    expect(persons('윤하늘 의원(새미래당·서울 마포을)은 말했다.')[0]).toMatchObject({ text: '윤하늘', title: '의원', affiliation: '새미래당' });
    expect(persons('김민수 의원(서울 마포을)은 말했다.')[0]?.affiliation).toBeUndefined();
    expect(persons('예결위 소속 윤하늘 의원(새미래당·서울 마포을)은 말했다.')[0]?.affiliation).toBe('새미래당');
    expect(persons('한빛시의회 국민의힘 소속 김도현 의원은 말했다.')[0]?.affiliation).toBe('국민의힘');
  });

  it('reads a province in 도 between the name and the title as the affiliation (경남도 is no 경남 + 도)', () => {
    expect(persons('박민수 경남도 미래산업과장은 말했다.')[0]).toMatchObject({ text: '박민수', affiliation: '경남도' });
  });

  it('reads the stars of a film before 주연 (ambiguous: only clear names)', () => {
    expect(brief('한지수 주연의 영화가 개봉한다.')).toEqual(['한지수:한지수']);
    expect(brief('영화 주연을 맡았다.')).toEqual([]);
  });

  it('reads the body before a foreign name as its affiliation', () => {
    expect(persons('미국 국무부 매슈 밀러 대변인은 말했다.')[0]).toMatchObject({ text: '매슈 밀러', title: '대변인', affiliation: '국무부' });
  });

  it('leaves a former-title modifier out of the affiliation', () => {
    expect(persons('한도윤 전 누리전자 대표는 말했다.')[0]).toMatchObject({ text: '한도윤', title: '대표', affiliation: '누리전자' });
  });

  it('reads a title with a particle and a former-title modifier', () => {
    expect(brief('최영수 전 장관이 입장을 밝혔다.')).toEqual(['최영수:최영수']);
    expect(brief('오늘 정민호 대표하고 만났다.')).toEqual(['정민호:정민호']);
  });

  it('keeps a name that ends like a particle whole (김정은, 문재인)', () => {
    expect(brief('김정은 위원장이 말했다.')[0]).toBe('김정은:김정은');
    expect(brief('문재인 대통령에게 물었다.')[0]).toBe('문재인:문재인');
  });

  it('takes the title of a listed first name and its family name, and a country short form as affiliation', () => {
    expect(persons('케빈 밀스 국무부 대변인은 말했다.')[0]).toMatchObject({ text: '케빈 밀스', title: '대변인', affiliation: '국무부' });
    expect(persons('재닛 옐런 미 재무장관은 말했다.')[0]).toMatchObject({ text: '재닛 옐런', title: '재무장관', affiliation: '미' });
  });

  it('keeps a transliterated family name ending in 엔 whole before a title', () => {
    expect(persons('우르줄라 레오나르디엔 EU 집행위원장은 말했다.')[0]).toMatchObject({ text: '우르줄라 레오나르디엔', title: '집행위원장', affiliation: 'EU' });
  });

  it('finds a foreign name before a country and a title', () => {
    const [m] = persons('안드레이 코발스키 폴란드 외무장관이 방한했다.');
    expect(m).toMatchObject({ text: '안드레이 코발스키', name: '안드레이 코발스키', affiliation: '폴란드', title: '외무장관' });
  });

  it('marks a family name alone before a title as a short mention', () => {
    expect(brief('코발스키 장관은 웃었다.')).toEqual(['코발스키:코발스키(short)']);
  });

  it('reads a bare surname before a title as a partial mention', () => {
    const [m] = persons('윤 위원은 반대했다.');
    expect(m).toMatchObject({ text: '윤', name: '윤 위원', partial: 'surname', title: '위원' });
    expect(brief('김위원장은 침묵했다.')).toEqual(['김:김 위원장(surname)']);
  });

  it('shares a title among names listed before it', () => {
    expect(brief('조민아 김태현 권수빈 기자')).toEqual(['조민아:조민아', '김태현:김태현', '권수빈:권수빈']);
    expect(brief('박상훈·이도윤 정책위원이 참석했다.').sort()).toEqual(['박상훈:박상훈', '이도윤:이도윤']);
  });

  it('takes anonymised letters and their form of address', () => {
    expect(brief('A씨는 경찰에 출석했다.')).toEqual(['A:A씨']);
  });
});

describe('what is not a name before a title', () => {
  it('ignores common words that start with a surname syllable', () => {
    expect(persons('이번 회의 대표는 누구인가.')).toEqual([]);
    expect(persons('정부 관계자는 말을 아꼈다.')).toEqual([]);
    expect(persons('한편 민주당 대표는 침묵했다.')).toEqual([]);
  });

  it('ignores verbs and words with particles before a title', () => {
    expect(persons('그는 인형을 든 기자에게 물었다.')).toEqual([]);
    expect(persons('회견을 갖고 있는 감독이 웃었다.')).toEqual([]);
  });

  it('needs a clear name before a title that is also a common noun', () => {
    expect(persons('전세 시장의 불안이 이어졌다.')).toEqual([]);
    expect(persons('숨진 남성의 사망 경위를 조사했다.')).toEqual([]);
    expect(brief('오세훈 서울시장 대신 김민준 시장이 왔다.')).toContain('김민준:김민준');
  });

  it('reads a country or place whose last syllable looks like a particle as the affiliation (우크라이나, 애리조나)', () => {
    const [m] = persons('올레나 코발추크 우크라이나 총리는 말했다.');
    expect([m.name, m.title, m.affiliation]).toEqual(['올레나 코발추크', '총리', '우크라이나']);
    const [g] = persons('케이티 모리스 애리조나 주지사는 말했다.');
    expect([g.name, g.title, g.affiliation]).toEqual(['케이티 모리스', '주지사', '애리조나']);
  });

  it('takes any name before a city or county head (포항시장, 양평군수), where 시장 is no market', () => {
    expect(brief('남궁탁 포항시장은 회의를 열었다. 여강돈 양평군수도 왔다.')).toEqual(['남궁탁:남궁탁', '여강돈:여강돈']);
    expect(brief('여강돈 시장은 회의를 열었다.')).toEqual([]);
  });

  it('does not take a posting city or a company for a foreign name', () => {
    expect(persons('도쿄 특파원이 전했다.')).toEqual([]);
    expect(persons('현대캐피탈 감독이 웃었다.')).toEqual([]);
  });

  it('does not read 전 or 한 as surnames unless the text names someone with them', () => {
    expect(persons('전 대통령은 말이 없었다.')).toEqual([]);
    expect(brief('전영호 의원은 찬성했다. 전 의원은 이어 말했다.').at(-1)).toBe('전:전 의원(surname)');
  });
});

describe('harder cases before a title', () => {
  it('keeps a name whose last syllable looks like a particle right before the title', () => {
    expect(brief('배수나 씨는 웃었다.')).toEqual(['배수나:배수나']);
  });

  it('reads a word in 한 after an object as a verb, not a name', () => {
    expect(persons('주인공을 연기한 배우가 울었다.')).toEqual([]);
    expect(brief('박영한 기자가 썼다.')).toEqual(['박영한:박영한']);
  });

  it('does not take the name of a body for a person', () => {
    expect(persons('국무부 대변인이 말했다.')).toEqual([]);
    expect(brief('임수철 경남대 교수는 말했다.')[0]).toBe('임수철:임수철');
  });

  it('reads a name before 정부 or 행정부, foreign names with a one-syllable first name too', () => {
    expect(brief('윤재석 정부 시절이었다.')).toEqual(['윤재석:윤재석']);
    expect(brief('잭 바이델 행정부는 답했다.')).toEqual(['잭 바이델:잭 바이델']);
    expect(persons('새 정부는 출범했다.')).toEqual([]);
  });
});

describe('one transliterated word before a title', () => {
  it('is a family name before a title of state, not before a business title', () => {
    expect(brief('코발스키 장관이 왔다.')).toEqual(['코발스키:코발스키(short)']);
    expect(persons('미니스톱 대표가 사과했다.')).toEqual([]);
    expect(persons('할리우드 배우가 방한했다.')).toEqual([]);
  });
});

describe('foreign names with short or unusual parts', () => {
  it('takes a one-syllable family or first name next to a transliterated one', () => {
    expect(brief('로런스 웡 싱가포르 총리가 왔다.')[0]).toBe('로런스 웡:로런스 웡');
    expect(brief('잭 바이델 행정부는 답했다.')[0]).toBe('잭 바이델:잭 바이델');
    expect(brief('푸틴 전 대통령이 왔다.')[0]).toBe('푸틴:푸틴(short)');
  });

  it('prefers a three-syllable name to a two-syllable word in the same window', () => {
    expect(brief('오송 참사 당시 윤재석 대통령이 말했다.')).toEqual(['윤재석:윤재석']);
  });
});

describe('more titles and title shapes', () => {
  it('reads heads of banks and offices, elders and enlisted ranks', () => {
    expect(brief('박정민 한빛은행장과 이수진 관장이 왔다.')).toEqual(['박정민:박정민', '이수진:이수진']);
    expect(brief('강순자 할머니가 웃었다.')).toEqual(['강순자:강순자']);
    expect(brief('김하나 일병이 복귀했다.')).toEqual(['김하나:김하나']);
  });

  it('reads market analysts and economists of a firm', () => {
    expect(brief('최민준 한빛증권 애널리스트는 말했다.')).toEqual(['최민준:최민준']);
    expect(brief('박서연 한빛은행 수석이코노미스트가 밝혔다.')).toEqual(['박서연:박서연']);
    expect(brief('영국 이코노미스트는 최근호에서 다뤘다.')).toEqual([]);
  });

  it('keeps the ordinal 제 with its title', () => {
    expect(brief('김정민 노동당 제1비서가 말했다.')).toEqual(['김정민:김정민']);
  });

  it('takes the name nearer the title when two look alike', () => {
    expect(brief('용인정 미래당 이상민 후보가 나섰다.')).toEqual(['이상민:이상민']);
  });
});

describe('royalty and ranks after a foreign name', () => {
  it('reads a foreign family name before a royal title or a military rank', () => {
    expect(brief('법원은 코널리 일병에게 유죄를 선고했다.')).toEqual(['코널리:코널리(short)']);
    expect(brief('에드워드 왕자는 웃었다.')).toEqual(['에드워드:에드워드(short)']);
  });
});

describe('a lone foreign family name before the title of an agency head, a judge or a general', () => {
  it('reads the family name', () => {
    expect(brief('해리스 국장은 또 말했다.')).toEqual(['해리스:해리스(short)']);
    expect(brief('로버츠 대법원장이 판결문을 읽었다.')).toEqual(['로버츠:로버츠(short)']);
  });

  it('does not read a loanword before 시장', () => {
    expect(brief('모바일 메모리 시장에서 처음으로 앞섰다.')).toEqual([]);
  });
});

describe('a go or martial-arts rank after a name', () => {
  it('reads the name before 9단 or 초단', () => {
    expect(brief('이하준 9단은 인공지능에 졌다.')).toEqual(['이하준:이하준']);
  });

  it('does not read the art or a rocket stage as a name', () => {
    expect(brief('태권도 4단이라는 경력이 눈길을 끈다.')).toEqual([]);
    expect(brief('누리호 1단 로켓이 분리됐다.')).toEqual([]);
  });
});

describe('a two-syllable word before a title that qualifies a noun', () => {
  it('is no name (정보 공유 대표 사례)', () => {
    expect(brief('정보 공유 대표 사례로 꼽힌다.')).toEqual([]);
  });

  it('is a name when the title ends the phrase or its company follows', () => {
    expect(brief('김구 선생은 말했다.')).toEqual(['김구:김구']);
    expect(brief('김구 선생 일행이 도착했다.')).toEqual(['김구:김구']);
  });
});
