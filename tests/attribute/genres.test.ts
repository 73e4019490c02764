// Speakers in invented articles of several genres, through the whole pipeline (recognizers included),
// for constructions the sentence-level tests do not reach: sources, plurals, possessors, relays.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('source adverbials before the subject', () => {
  it('keeps 에 따르면 and 이에 대해 out of the speaker phrase', () => {
    expect(said('AP통신에 따르면 미 국무부 대변인은 "결의 위반"이라고 말했다.')).toEqual([['결의 위반', '미 국무부 대변인']]);
    expect(said('최민국 의원은 "사실이 아니다"라고 말했다. 이에 대해 당 관계자는 "논의한 적 없다"고 전했다.').at(-1)).toEqual([
      '논의한 적 없다',
      '당 관계자',
    ]);
  });
});

describe('plural and described subjects', () => {
  const lead = '김철수 위원장은 "하나"라고 말했다. ';
  it('reads plural sources and bodies (주민들은, 전문가들은, 교원단체들도)', () => {
    expect(said(`${lead}주민들은 "잠을 못 잔다"고 호소했다.`).at(-1)).toEqual(['잠을 못 잔다', '주민들']);
    expect(said(`${lead}전문가들은 "변수가 많다"고 했다.`).at(-1)).toEqual(['변수가 많다', '전문가들']);
    expect(said(`${lead}교원단체들도 "준비가 안 됐다"고 입을 모은다.`).at(-1)).toEqual(['준비가 안 됐다', '교원단체들']);
  });

  it('reads X 측 and a research team as the body that speaks', () => {
    expect(said(`${lead}처리장 운영업체 측은 "기준을 지킨다"는 입장이다.`).at(-1)).toEqual(['기준을 지킨다', '운영업체']);
    expect(said(`${lead}연구팀은 "효과가 있다"고 설명했다.`).at(-1)).toEqual(['효과가 있다', '연구팀']);
    expect(said(`${lead}미국 배급사 A24 측은 "정해진 것은 없다"고 밝혔다.`).at(-1)).toEqual(['정해진 것은 없다', 'A24']);
  });

  it('reads a full name ending in 서 as a subject (이준서는)', () => {
    expect(said(`${lead}결승골의 주인공 이준서는 "기쁘다"고 했다.`).at(-1)).toEqual(['기쁘다', '이준서']);
  });

  it('does not take a person before 의 for the body they own', () => {
    const text = '가수 한별(29)의 소속사 누리엔터테인먼트는 "사실무근"이라고 밝혔다. 소속사 측은 "법적 대응하겠다"고 덧붙였다.';
    expect(said(text)).toEqual([
      ['사실무근', '누리엔터테인먼트'],
      ['법적 대응하겠다', '누리엔터테인먼트'],
    ]);
  });

  it('does not take the subject of a clause ending in -는데 for the quote after it', () => {
    const text = '박서준 대변인은 "기쁘다"고 했다. 당국자들이 공개를 꺼리는 경향이 강한데 "설득이 과제였다"고 했다.';
    expect(said(text).at(-1)).toEqual(['설득이 과제였다', '박서준']);
  });
});

describe('headlines', () => {
  it('reads the speaker named after the quote and an ellipsis, before the comma', () => {
    expect(said('"끝까지 버텼다"…정우성 감독, 3연승에 미소\n\n청주가 이겼다.')[0]).toEqual(['끝까지 버텼다', '정우성']);
    expect(said('"밤마다 악취"…주민들, 처리장 이전 요구\n\n주민들이 모였다.')[0]).toEqual(['밤마다 악취', '주민들']);
  });

  it('does not read a name-shaped noun opening a headline as its speaker', () => {
    expect(said('반도체 수출 석 달째 증가…"하반기도 낙관"\n\n수출이 늘었다.')[0]).toEqual(['하반기도 낙관', null]);
  });

  it('reads a bare title as the titled person, not a body named after the title', () => {
    const text = '대통령 "민생에 총력"…국무회의 주재\n\n한서진 대통령은 대통령실에서 "총력을 다해 달라"고 말했다.';
    expect(said(text)[0]).toEqual(['민생에 총력', '한서진']);
  });

  it('reads a common noun set before a body name as that body (소속사 → 누리엔터테인먼트)', () => {
    const text = '배우 한별, 열애설 부인…소속사 "친한 동료"\n\n한별의 소속사 누리엔터테인먼트는 "동료일 뿐"이라고 밝혔다.';
    expect(said(text)[0]).toEqual(['친한 동료', '누리엔터테인먼트']);
  });

  it('gives a quote nobody was found for the speaker of the same words quoted later', () => {
    const text = '"원칙대로 하겠다"\n\n검찰 수사가 속도를 낸다. 김진호 검찰총장은 이날 "원칙대로 하겠다"고 말했다.';
    expect(said(text)).toEqual([
      ['원칙대로 하겠다', '김진호'],
      ['원칙대로 하겠다', '김진호'],
    ]);
  });
});

describe('words relayed by media and circles', () => {
  it('gives the words to whom the medium cites, before or after the quote', () => {
    expect(said('교도통신은 일본 정부 관계자를 인용해 "소집을 요구할 방침"이라고 전했다.')).toEqual([['소집을 요구할 방침', '일본 정부 관계자']]);
    expect(said('로이터통신은 "반발로 보인다"고 외무성 대변인을 인용해 보도했다.')).toEqual([['반발로 보인다', '외무성 대변인']]);
    expect(said('신화통신은 "자제해야 한다"고 전했다.')).toEqual([['자제해야 한다', '신화통신']]);
  });

  it('gives words voiced as a view that prevails to the circle the sentence opens with', () => {
    const text = '김철수 위원장은 "하나"라고 말했다. 업계에서는 "수요가 꺾이지 않을 것"이라는 전망이 우세하다. 정치권에서도 "재검토해야 한다"는 목소리가 커지고 있다.';
    expect(said(text).slice(1)).toEqual([
      ['수요가 꺾이지 않을 것', '업계'],
      ['재검토해야 한다', '정치권'],
    ]);
  });
});

describe('what a speaker phrase takes in', () => {
  it('stops at a clause the phrase follows (…고 묻자 차관은, 답변에 나선 차관은)', () => {
    const text = '답변에 나선 기획재정부 차관은 "범위 안에서 편성했다"고 설명했다. 한아름 의원이 "국채 발행은 없느냐"고 묻자 차관은 "없다"고 답했다.';
    expect(said(text)).toEqual([
      ['범위 안에서 편성했다', '기획재정부 차관'],
      ['국채 발행은 없느냐', '한아름'],
      ['없다', '기획재정부 차관'],
    ]);
  });

  it('reads a short form of a foreign name the article gave in full (밀러 CEO → 존 밀러)', () => {
    expect(said('존 밀러 CEO가 5일 방한했다.\n\n밀러 CEO는 이날 "시장이 크다"고 밝혔다.')).toEqual([['시장이 크다', '존 밀러']]);
  });

  it('does not read 한 before a noun that is no title as a surname', () => {
    const text = '고용노동부 장관은 "효과가 있다"고 했다. 한 취업준비생은 "월세 내기 빠듯하다"고 말한다. 한성민 교수는 "평가는 이르다"고 지적한다.';
    expect(said(text)[1][1]).not.toBe('한성민');
  });
});

describe('sides, sayings and headline cuts', () => {
  it('reads X 측 as the person whose side speaks', () => {
    const text = '박성민 전 시장은 재판에 나왔다. 박 전 시장 측은 "받아들일 수 없다"며 상고 방침을 밝혔다.';
    expect(said(text)).toEqual([['받아들일 수 없다', '박성민']]);
  });

  it('gives a saying nobody in the article said no speaker', () => {
    const text = '한성민 교수는 "평가는 이르다"고 지적한다. "숫자는 거짓말을 하지 않는다"는 말이 있다.';
    expect(said(text)).toEqual([
      ['평가는 이르다', '한성민'],
      ['숫자는 거짓말을 하지 않는다', null],
    ]);
  });

  it('gives a headline quote the speaker of the longer quote it was cut from', () => {
    const text = '폭우로 3명 사망…"순식간에 물이 불어났다"\n\n주민 박영수(72)씨는 "새벽 3시쯤 순식간에 물이 불어났다"고 말했다.';
    expect(said(text)[0]).toEqual(['순식간에 물이 불어났다', '박영수']);
  });

  it('reads someone described as "one" and a noun (한 참가자는)', () => {
    expect(said('김철수 위원장은 "하나"라고 말했다. 한 참가자는 "유익했다"고 말했다.').at(-1)).toEqual(['유익했다', '참가자']);
  });

  it('reads plural groups in a headline (전통시장 상인들 "…")', () => {
    expect(said('[현장] 전통시장 상인들 "손님이 줄었다"\n\n시장은 한산했다.')[0]).toEqual(['손님이 줄었다', '전통시장 상인들']);
  });
});

describe('one of a kind (한 + description)', () => {
  it('keeps the description after 한, modifiers included', () => {
    const text = '장혜린 대표는 "바꾸겠다"고 적었다. 한 초선 의원은 "말뿐"이라고 했다. "행동으로 증명돼야 한다"고 한 정치평론가는 말했다.';
    expect(said(text).slice(1)).toEqual([
      ['말뿐', '초선 의원'],
      ['행동으로 증명돼야 한다', '정치평론가'],
    ]);
  });
});

describe('persons found by title or surname alone', () => {
  it('reads a headline title as the person the article gives that title', () => {
    const text = '日 총리 "과거사 반성"\n\n이시다 히로시 총리는 도쿄에서 "반성을 새긴다"고 말했다.';
    expect(said(text)[0]).toEqual(['과거사 반성', '이시다 히로시']);
  });

  it('finds a Western-order name by its last word (데이비드 박 → 박씨)', () => {
    const text = '미국에서 온 데이비드 박(62)씨가 아버지를 만났다. 입양된 박씨가 아버지를 처음 만났다.\n\n박씨는 "죄송하다"고 말했다.';
    expect(said(text)).toEqual([['죄송하다', '데이비드 박']]);
  });
});

describe('a quote standing alone, told by the next sentence', () => {
  it('takes the subject of a next sentence ending on a bare reporting verb', () => {
    const text = '마을엔 빈집이 많다.\n"여기가 다 사람 사는 집이었지."\n40년을 산 최옥순(78) 할머니가 골목을 가리키며 말했다.';
    expect(said(text)).toEqual([['여기가 다 사람 사는 집이었지.', '최옥순']]);
  });

  it('reads 이렇게 강조했다 after quoting sentences of another speaker', () => {
    const text = '정소연 사장은 "10대를 들여오겠다"고 밝혔다.\n\n"품질은 양보하지 않겠습니다."\n손기철 회장은 간담회를 마치며 이렇게 강조했다.';
    expect(said(text).at(-1)).toEqual(['품질은 양보하지 않겠습니다.', '손기철']);
  });

  it('does not let a next sentence that reports its own words claim the quote', () => {
    const text = '정소연 사장은 "좋다"고 밝혔다.\n\n"괜찮다."\n손기철 회장은 시장이 밝다고 말했다.';
    expect(said(text).at(-1)).toEqual(['괜찮다.', '정소연']);
  });
});

describe('a medium relaying a named person', () => {
  it('keeps the medium topic out of the person phrase', () => {
    const text = '베트남 관영 VNA통신은 김민재 총리가 "중요한 투자국"이라고 말했다고 전했다.';
    expect(said(text)).toEqual([['중요한 투자국', '김민재']]);
  });
});

describe('a relative clause ending in a reporting verb', () => {
  it('gives the quote to the noun the clause describes', () => {
    expect(said('회의가 열렸다. "대화는 없다"고 말한 박정훈 장관은 자리를 떴다.')).toEqual([['대화는 없다', '박정훈']]);
  });

  it('gives a statement to its author, past a time word', () => {
    const text = '김민호 의원은 회의에 나왔다. "명백한 주권 침해"라고 밝힌 전날 국방성 대변인 담화는 방송으로도 전해졌다.';
    expect(said(text)).toEqual([['명백한 주권 침해', '국방성 대변인']]);
  });

  it('names nobody for a clause about no one (말한 사람은 없었다)', () => {
    expect(said('회의가 열렸다. "대화는 없다"고 말한 사람은 없었다.')).toEqual([['대화는 없다', null]]);
  });
});

describe('photo captions', () => {
  it('remembers the titled person a caption names, its photo credit aside', () => {
    const text = '한빛소프트가 성장했다.\n\n이준호 한빛소프트 대표 (사진=한빛소프트)\n\n"AI는 인터페이스다"\n\n시장이 바뀐다.';
    expect(said(text)).toEqual([['AI는 인터페이스다', '이준호']]);
  });

  it('does not take a byline for a caption', () => {
    const text = '회의가 열렸다.\n\n파리=김민수 특파원\n\n"대화는 없다"\n\n회의는 끝났다.';
    expect(said(text)[0][1]).not.toBe('김민수');
  });
});

describe('unnamed sources of a body', () => {
  it('drops the common noun set before the body name (소속사 X 관계자 → X 관계자)', () => {
    const text = '배우 한소율이 상을 받았다. 소속사 하늘엔터테인먼트 관계자는 "차기작을 검토 중"이라고 전했다.';
    expect(said(text)).toEqual([['차기작을 검토 중', '하늘엔터테인먼트 관계자']]);
  });
});

describe('a sentence saying whose words they were', () => {
  it('reads X의 말이다 after a quote standing alone, on its line or in running text', () => {
    expect(said('박민수 위원장은 회의를 열었다.\n\n"이번이 마지막 기회다."\n\n김도윤 의원의 말이다.')).toEqual([['이번이 마지막 기회다.', '김도윤']]);
    expect(said('박민수 위원장은 회의를 열었다. "이번이 마지막 기회다." 한 참석자의 전언이다.')).toEqual([['이번이 마지막 기회다.', '참석자']]);
  });

  it('still reads a reporting sentence after a quote that ends its own sentence', () => {
    expect(said('김철수 장관은 회의에 참석했다. "다 끝났습니다." 그는 말했다.')).toEqual([['다 끝났습니다.', '김철수']]);
  });
});

describe('a caption describing the picture', () => {
  it('remembers the titled person the caption shows (…하는 김영한 의원.)', () => {
    expect(said('당 관계자는 "아니다"라고 했다.\n\n기자회견을 하는 김영한 의원.\n\n"없었다"').at(-1)).toEqual(['없었다', '김영한']);
  });
});

describe('headline cuts and circles', () => {
  it('matches a headline quote with its particles left out to the fuller quote', () => {
    const text = 'K리그 개막…"이런 분위기 처음"\n\n주장 기성현은 "이런 분위기는 처음"이라고 말했다.';
    expect(said(text)[0]).toEqual(['이런 분위기 처음', '기성현']);
  });

  it('reads 전문가들 사이에서는 as the experts', () => {
    const text = '요금이 오른다. 전문가들 사이에서는 "단계적 인상이 불가피하다"는 목소리가 나온다.';
    expect(said(text)).toEqual([['단계적 인상이 불가피하다', '전문가들']]);
  });
});

describe('sentences that introduce the next speaker', () => {
  it('remembers a subject marked with 도 (동료 박씨도 거들었다), written as the article writes it', () => {
    const text = '김철민(52)씨는 땀을 훔쳤다. "물 마실 시간도 없어요."\n\n옆에서 일하던 동료 박씨도 거들었다. "그늘막이 멀어요."';
    expect(said(text)).toEqual([
      ['물 마실 시간도 없어요.', '김철민'],
      ['그늘막이 멀어요.', '박씨'],
    ]);
  });

  it('starts a headline speaker after a setting word (폭염 속 노동자들)', () => {
    expect(said('폭염 속 야외 노동자들 "물 마실 시간도 없어"\n\n현장은 더웠다.')[0]).toEqual(['물 마실 시간도 없어', '야외 노동자들']);
  });

  it('reads a diplomat described without a name', () => {
    expect(said('김철수 장관은 "하나"라고 말했다. 한 유럽 외교관은 로이터통신에 "입장 차가 크다"고 말했다.').at(-1)).toEqual(['입장 차가 크다', '유럽 외교관']);
  });
});

describe('countries shortened in headlines', () => {
  it('reads 러 and 우크라 as the countries the article names in full', () => {
    const text = '러 "협상 준비돼"…우크라 "양보 없다"\n\n러시아와 우크라이나가 맞섰다.';
    expect(said(text)).toEqual([
      ['협상 준비돼', '러시아'],
      ['양보 없다', '우크라이나'],
    ]);
  });
});

describe('foreign leaders the recognizers do not know', () => {
  it('names the two words before a country and a title of state, not the country', () => {
    expect(said('시릴 라마포사 남아공 대통령은 기자회견에서 "다자주의가 살아 있다"고 평가했다.')).toEqual([['다자주의가 살아 있다', '시릴 라마포사']]);
    expect(said('회담 상대인 일본 총리는 "좋다"고 말했다.')).toEqual([['좋다', '일본 총리']]);
  });
});

describe('companies, analysts and visitors', () => {
  it('reads a company by its name ending and a later 회사 as that company', () => {
    const text = '한빛바이오는 보도자료를 통해 "체중이 18% 줄었다"고 밝혔다. 회사는 "연내 허가를 신청할 계획"이라고 덧붙였다.';
    expect(said(text)).toEqual([
      ['체중이 18% 줄었다', '한빛바이오'],
      ['연내 허가를 신청할 계획', '한빛바이오'],
    ]);
  });

  it('reads a later 회사 or 학교 as a body of that kind, even one that never spoke', () => {
    expect(said('삼성전자가 실적을 공시했다. 회사 측은 "공급이 늘었다"고 설명했다.')).toEqual([['공급이 늘었다', '삼성전자']]);
    // 경찰 spoke last, but no school was named: the article does not say which school, so no speaker.
    expect(said('경찰 측은 "수사 중"이라고 말했다. 학교 측은 "사실이 아니다"라고 밝혔다.').at(-1)).toEqual(['사실이 아니다', null]);
  });

  it('reads a named analyst, and an unnamed one as described', () => {
    const text = '반면 김도윤 한빛투자 이코노미스트는 "인하할 것"이라고 전망했다. 한 제약바이오 담당 애널리스트는 "관심이 크다"고 전했다.';
    expect(said(text)).toEqual([
      ['인하할 것', '김도윤'],
      ['관심이 크다', '제약바이오 담당 애널리스트'],
    ]);
  });

  it('reads a foreign visitor with an age aside and 씨 (존슨(28)씨는)', () => {
    const text = '명동에서 만난 미국인 관광객 에밀리 존슨(28)씨는 "음식이 최고"라며 웃었다.';
    expect(said(text)).toEqual([['음식이 최고', '에밀리 존슨']]);
  });
});

describe('who the memory learns', () => {
  it('does not take a more specific title for the one remembered (원내대표 after 대표)', () => {
    const text = '여당 대표는 "대화는 시간 낭비"라고 말했다. 원내대표도 "밀어붙일 수밖에 없다"고 거들었다.';
    expect(said(text)[1][1]).not.toBe('여당 대표');
  });

  it('does not remember a name-shaped noun as a subject (피로감은)', () => {
    const text = '여당 대표는 "대화는 낭비"라고 말했다. 시민들의 피로감은 커지고 있다. 60대 자영업자는 "화가 난다"고 했다.';
    expect(said(text).at(-1)).toEqual(['화가 난다', '자영업자']);
  });

  it('reads a relative of someone as a described speaker (피해자의 아들은)', () => {
    const text = '재판부는 "격리할 필요가 있다"고 밝혔다. 피해자의 아들은 "아쉽다"고 울먹였다.';
    expect(said(text).at(-1)).toEqual(['아쉽다', '피해자 아들']);
  });
});

describe('a headline clause after an ellipsis', () => {
  it('reads the body that opens the clause holding the quote, not the person of the clause before', () => {
    const text = '김대호 ‘감세’ 압박에도… 연준 만장일치 “동결”\n\n미국 중앙은행인 연방준비제도(연준)가 금리를 동결했다.';
    expect(said(text)[0]).toEqual(['동결', '연방준비제도']);
  });

  it('reads no speaker from a clause that is about something (…이란 참변에는 “…”)', () => {
    const text = '기존 입장서 선회...이란 학교 참변에는 "이란이 한 것"\n\n이란은 부인했다.';
    expect(said(text)[0][1]).not.toBe('이란');
  });
});

describe('headline shorthand for a surname', () => {
  it('is not the byline reporter of that surname', () => {
    const text = '金 “지옥문 닫아야” 鄭 “강력한 개혁”\n\n공주=김경민 기자\n\n민주당 김민호, 정청운 당대표 후보가 토론회에 나왔다.';
    expect(said(text)).toEqual([
      ['지옥문 닫아야', '김민호'],
      ['강력한 개혁', '정청운'],
    ]);
  });
});

describe('a member of a body', () => {
  it('reads a titled word shortening a body (금통위원) as a member, not the body', () => {
    const text = '한국은행 금융통화위원회는 금리를 동결했다. 한 금통위원은 "금리를 더 올려야 한다"는 소수의견을 냈다.';
    expect(said(text)).toEqual([['금리를 더 올려야 한다', '금통위원']]);
  });
});

describe('plural titles', () => {
  it('reads a titled group as described (카페 사장들, 의원들)', () => {
    expect(said('‘카공족’ 논란…카페 사장들 "자리 회전 안 돼"\n\n논란이 크다.')[0]).toEqual(['자리 회전 안 돼', '카페 사장들']);
    expect(said('김철수 장관은 "하나"라고 했다. 의원들은 "반대한다"고 말했다.').at(-1)).toEqual(['반대한다', '의원들']);
  });
});

describe('a quote the next sentence says someone shouted', () => {
  it('reads 목소리를 높였다 as the speech that quote was', () => {
    const text = '국정감사가 열렸다.\n"장관, 국회를 무시하는 겁니까?"\n질의에 나선 오세린 의원이 목소리를 높였다.';
    expect(said(text)).toEqual([['장관, 국회를 무시하는 겁니까?', '오세린']]);
  });
});
