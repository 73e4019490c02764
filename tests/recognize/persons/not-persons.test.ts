// Words before a title that are not persons: anonymised names, verb forms, bodies and places.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('anonymised people', () => {
  it('reads the surname of 김모 씨 and no name in 이모가', () => {
    expect(brief('김모 씨가 경찰에 출석했다.')).toEqual(['김:김모씨']);
    expect(brief('이모가 조카를 데려왔다. 박하늘 씨는 웃었다.')).toEqual(['박하늘:박하늘']);
  });

  it('reads a later surname with 씨 as the anonymous person, not a new one', () => {
    expect(brief('조모(45)씨는 혐의를 부인했다. 조 씨는 재판에 넘겨졌다.')).toEqual(['조:조모씨', '조:조 씨(surname)']);
    expect(brief('윤모 군이 다쳤다. 윤군은 병원으로 옮겨졌다.')).toEqual(['윤:윤모군', '윤:윤 군(surname)']);
    expect(brief('남궁 모(30) 씨가 신고했다. 남궁 씨는 귀가했다.')).toEqual([]);
  });

  it('reads 정 모씨 as an anonymised 정, not a surname 모', () => {
    expect(brief('직장인 정 모씨는 말했다.')).toEqual(['정:정모씨']);
  });

  it('still links 이씨 to 이모씨 when that is read as one name', () => {
    expect(brief('이모씨가 말했다. 이씨는 웃었다.')).toEqual(['이:이모씨', '이:이 씨(surname)']);
  });

  it('keeps a surname with 씨 when no one of that surname is anonymised', () => {
    expect(brief('조모(45)씨는 체포됐다. 한 씨는 목격자다.')).toEqual(['조:조모씨', '한:한 씨(surname)']);
  });
});

describe('verb and adjective forms before a title', () => {
  it('does not read a modifier as a name', () => {
    expect(brief('10년간 이어온 위원장 자리를 내려놓았다.')).toEqual([]);
    expect(brief('그가 지낸 장관 시절')).toEqual([]);
  });

  it('keeps names that end the same way when their syllables are common in names', () => {
    expect(brief('이정은 교수가 말했다. 박영한 의원이 답했다.')).toEqual(['이정은:이정은', '박영한:박영한']);
  });

  it('keeps names in 서 when the given name is a common one, not verb forms in 서', () => {
    expect(brief('박민서 기자가 썼다.')).toEqual(['박민서:박민서']);
    expect(brief('위해서 위원장이 나섰다.')).toEqual([]);
  });
});

describe('bodies and places before a title', () => {
  it('does not read a known body as a name', () => {
    expect(brief('연준 의장이 금리를 동결했다.')).toEqual([]);
  });

  it('does not read a place as a name before a title or alone', () => {
    expect(brief('부산 시장이 말했다. 제주도 관계자는 반박했다.')).toEqual([]);
    expect(brief('할리우드 스타 대표가 왔다.')).toEqual([]);
  });

  it('reads a place-named person after a title before the name', () => {
    expect(brief('작가 한강이 수상했다. 한강은 소감을 밝혔다.')).toEqual(['한강:한강', '한강:한강']);
  });
});

describe('foreign full names before a title', () => {
  it('keeps the family name after a first name even when it does not look foreign', () => {
    expect(brief('로버트 파월 연준 의장은 말했다.')).toEqual(['로버트 파월:로버트 파월']);
    expect(brief('마크 카니 캐나다 총리가 왔다.')).toEqual(['마크 카니:마크 카니']);
  });

  it('still stops at a country after a family name', () => {
    expect(brief('트럼프 미국 대통령은 말했다.')).toEqual(['트럼프:트럼프(short)']);
  });
});

describe('company names shaped like a name', () => {
  it('does not read a company before a title as a name', () => {
    expect(brief('한빛 전 황보건설 대표가 왔다. 남궁전자 사장도 왔다.')).toEqual([]);
  });
});

describe('everyday words before a title', () => {
  it('reads no name in 여자 배구 선수, 지하 주차장 or 조금 지나', () => {
    expect(brief('여자 배구 선수로 이름을 알렸다.')).toEqual([]);
    expect(brief('아파트 지하 주차장에서 만났다.')).toEqual([]);
    expect(brief('오후 10시가 조금 지나서 당선자가 확정됐다.')).toEqual([]);
  });

  it('reads no name in a noun for what someone did (수상자, 조합원)', () => {
    expect(brief('노벨상 수상자 한강 작가가 왔다. 조합원 대표도 왔다.')).toEqual([]);
    expect(brief('올해 수상자 김민수 교수가 왔다.')).toEqual(['김민수:김민수']);
  });

  it('reads no name in a group of people in -진 (경영진), but one in a name like it', () => {
    expect(brief('경영진은 책임을 져야 한다. 제작진도 사과했다. 김영진은 웃었다.')).toEqual(['김영진:김영진']);
  });

  it('reads no name in a verb form before a title (답변에 나선 장관)', () => {
    expect(brief('답변에 나선 장관은 웃었다. 회의를 마친 위원장도 나왔다.')).toEqual([]);
  });

  it('reads no name in a compound of countries (한중일, 한미)', () => {
    expect(brief('한중일 정상회의와 한미 회담이 열렸다.')).toEqual([]);
  });

  it('reads no name in a role of the cast before 배우', () => {
    expect(brief('주연 배우 로버트 패틴슨이 왔다.')).toEqual(['로버트 패틴슨:로버트 패틴슨']);
    expect(brief('조연 배우들이 무대에 올랐다.')).toEqual([]);
  });

  it('reads no name in a noun with the copula 인 before a foreign name', () => {
    expect(brief('운동의 상징인 나디아 로사스 여사가 왔다.')).toEqual(['나디아 로사스:나디아 로사스']);
  });

  it('reads no name in adverbs before a title', () => {
    expect(brief('그는 마치 포수처럼 앉았다.')).toEqual([]);
    expect(brief('마무리 투수로 영입했다.')).toEqual([]);
  });

  it('takes the anonymised name after a noun with 인', () => {
    expect(brief('장애인 정모 씨(59)의 집을 찾았다.').map((s) => s.split(':')[0])).not.toContain('장애인');
  });

  it('reads no name in fields of study, arts or rates', () => {
    expect(brief('성리학은 중국에서 왔다. 연금술과 천문학이 섞였다. 성장률이 높다.')).toEqual([]);
  });

  it('reads no name in a title or common word with the copula 인, nor in a genitive before 양', () => {
    expect(brief('그는 사장인 사진작가와 떠났다.')).toEqual([]);
    expect(brief('실은 술의 양을 줄이려는 것이었다.')).toEqual([]);
  });
});

describe('armies written like a surname and 군', () => {
  it('are no names', () => {
    expect(brief('그들은 반군에 합류했다.')).toEqual([]);
    expect(brief('남군이 후퇴했다.')).toEqual([]);
  });
});

describe('nouns in -성 shaped like a name', () => {
  it('leaves 변동성, 전파성 alone where a bare name would be read', () => {
    expect(brief('과도한 변동성을 보였다. “전파성이 높다”고 했다.')).toEqual([]);
    expect(brief('과도한 주도권을 잡았다. 과도한 정부안을 냈다.')).toEqual([]);
    expect(brief('전문가들은 요금 정상화가 불가피하다고 했다. 지지율이 올랐다.')).toEqual([]);
    expect(brief('과도한 김민성을 보였다.')).toEqual(['김민성:김민성']);
  });
});

describe('common three-syllable nouns shaped like names', () => {
  it('does not read role, place or amount nouns as bare names', () => {
    expect(brief('이날 지지자들과 가해자는 법정에 나왔다.')).toEqual([]);
    expect(brief('정류장과 주유소, 편의점이 문을 닫았다.')).toEqual([]);
    expect(brief('올해 강수량이 적었다. 장례식은 조용히 치러졌다.')).toEqual([]);
  });

  it('still reads names beside them', () => {
    expect(brief('이날 김서윤과 박지호가 만났다.')).toEqual(['김서윤:김서윤', '박지호:박지호']);
  });

  it('does not read a kind of company, a qualifier of a title or a verb after an adverb as a name', () => {
    expect(brief('시행사 대표가 구속됐다.')).toEqual([]);
    expect(brief('주연 배우 한서준은 웃었다.')).toEqual(['한서준:한서준']);
    expect(brief('고인은 한빛작가회의 이사장을 지냈다.')).toEqual([]);
    expect(brief('가장 정직하게 노래한 시인이었다.')).toEqual([]);
  });

  it('does not read a city or province before its staff’s title as a surname, but keeps 시 주석', () => {
    expect(brief('시 대변인은 말했다. 도 주택정책실장도 왔다.')).toEqual([]);
    expect(brief('시 주석은 연설했다.')).toEqual(['시:시 주석(surname)']);
  });

  it('does not read an adverb in 히 or an award before 후보 as a name', () => {
    expect(brief('두 배우는 나란히 최우수연기상 후보에 올랐다.')).toEqual([]);
    expect(brief('한빛 대상 후보와 조연상 후보가 발표됐다.')).toEqual([]);
    expect(brief('김민상 후보가 나섰다.')).toEqual(['김민상:김민상']);
  });

  it('does not read a school before a head teacher as a name', () => {
    expect(brief('그는 시골 소학교 교장을 지냈다.')).toEqual([]);
    expect(brief('한빛고 정민수 교장은 말했다.')).toEqual(['정민수:정민수']);
  });

  it('does not read a two-syllable common noun before a title as a name', () => {
    expect(brief('이날 인권 변호사와 복지 위원장이 만났다.')).toEqual([]);
    expect(brief('연예 기자들이 몰렸다. 한파 대책 회의가 열렸다.')).toEqual([]);
  });
});

describe('factions of a party', () => {
  it('are no names before 의원 (소장파, 강경파, 온건파)', () => {
    expect(brief('미래당 소장파 의원은 말했다. 강경파 의원들과 온건파 의원이 만났다.')).toEqual([]);
  });
});

describe('offices of the shape of a name', () => {
  it('are no names (사무소, 진료소, 안치소)', () => {
    expect(brief('사무소를 연다. 첫 진료소를 열었고 안치소에 옮겼다.')).toEqual([]);
  });
});
