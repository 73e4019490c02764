// Known organizations: ministries, parties, outlets, companies, international bodies, and their aliases.
import { describe, expect, it } from 'vitest';
import { names, orgs, texts } from './helpers.js';

describe('known names', () => {
  it('finds ministries, parties and outlets without their particles', () => {
    expect(texts('통일부는 국민의힘과 더불어민주당에 연합뉴스의 보도를 전했다.')).toEqual(['통일부', '국민의힘', '더불어민주당', '연합뉴스']);
  });

  it('finds Latin-letter names', () => {
    expect(texts('KBS와 IAEA는 회의를 열었다.')).toEqual(['KBS', 'IAEA']);
  });

  it('leaves capitals joined by a hyphen to a model number or a term, and car models', () => {
    expect(texts('누리형 발사체(NRLV-II)와 e-BOOK 판, 그의 SM5 승용차')).toEqual([]);
    expect(texts('KBS-MBC 공동 중계')).toEqual(['KBS', 'MBC']);
  });

  it('leaves capitals glossed by a Korean term in brackets', () => {
    expect(texts('모바일 RPG(역할수행게임) 시장과 KBS(한국방송공사)')).toEqual(['KBS', '한국방송공사']);
  });

  it('leaves capitals that abbreviate a law, an index or a disease before them', () => {
    expect(texts('누리감축법(NRA) 보조금과 누리생활지수(NLI), 누리호흡기증후군(NRS)')).toEqual([]);
    expect(texts('한빛경제연구원(HERI)은 밝혔다.')).toEqual(['한빛경제연구원', 'HERI']);
  });

  it('keeps a name written onto a title or 측 apart from it', () => {
    expect(texts('외교부장관은 청와대측과 만났다.')).toEqual(['외교부', '청와대']);
    expect(texts('경찰청장이 발표했다.')).toEqual(['경찰청']);
  });

  it('reads a Hanja shorthand as the full name', () => {
    expect(names('靑, 대책 발표')).toEqual(['청와대']);
  });

  it('keeps an abbreviation as written unless the article gives the full name', () => {
    expect(names('금통위는 금리를 동결했다.')).toEqual(['금통위']);
    expect(names('금융통화위원회가 열렸다. 금통위는 금리를 동결했다.')).toEqual(['금융통화위원회', '금융통화위원회']);
    expect(names('질병청 “독감 유행”\n질병관리청은 유행주의보를 발령했다.')).toEqual(['질병관리청', '질병관리청']); // the headline's short form too
  });

  it('takes the abbreviation an article defines in brackets', () => {
    const found = orgs('한국배구연맹(KOVO)이 발표했다. KOVO는 이어 일정을 밝혔다.');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['한국배구연맹', '한국배구연맹'],
      ['KOVO', '한국배구연맹'],
      ['KOVO', '한국배구연맹'],
    ]);
  });

  it('takes an abbreviation written before its full name in brackets', () => {
    const found = orgs('누리위(누리발전위원회)가 발표했다. 누리위는 이어 일정을 밝혔다. 한국(대한민국)');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['누리위', '누리발전위원회'],
      ['누리발전위원회', '누리발전위원회'],
      ['누리위', '누리발전위원회'],
    ]);
  });

  it("takes an agency's full name when the article also gives it", () => {
    expect(names('로이터에 따르면 로이터통신은')).toEqual(['로이터통신', '로이터통신']);
    expect(names('AP에 따르면')).toEqual(['AP']);
  });

  it('takes a Latin or Chinese gloss in brackets as a mention of the name before it', () => {
    const found = orgs('까르띠에(Cartier)와 노동신문(勞動新聞), 세계식량계획(WFP)');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['까르띠에', '까르띠에'],
      ['Cartier', '까르띠에'],
      ['노동신문', '노동신문'],
      ['勞動新聞', '노동신문'],
      ['세계식량계획', '세계식량계획'],
      ['WFP', '세계식량계획'],
    ]);
    expect(texts('서울대(2019)와 누리전자(주)')).toEqual(['서울대', '누리전자']);
    expect(texts('KBS(KOREAN BROADCASTING)')).toEqual(['KBS']);
  });

  it('takes an abbreviation defined after a quoted name', () => {
    expect(names('‘누리추모위원회’(누추위)가 열렸다.')).toEqual(['누리추모위원회', '누리추모위원회']);
  });

  it('does not take common words or non-names', () => {
    expect(texts('정부와 경찰, 검찰이 대부분 일부 요청을 받아들였다.')).toEqual([]);
    expect(texts('AI와 CEO, GDP는 기관이 아니다.')).toEqual([]);
    expect(texts('다음 작품은 SF 영화이고 RPG 게임 OST도 만든다.')).toEqual([]);
    expect(texts('고대역폭메모리(HBM)와 DRAM 가격이 올랐다.')).toEqual([]);
  });
});

describe('words around names', () => {
  it('reads the longest particle that fits', () => {
    expect(texts('민주당에서는 SK텔레콤이 KOVO와')).toEqual(['민주당', 'SK텔레콤', 'KOVO']);
  });

  it('prefers a known name before a title written onto it', () => {
    expect(names('우주항공청장은 말했다.')).toEqual(['우주항공청']);
  });

  it('takes capitals beside English words as English', () => {
    expect(texts('LIFE OF LUXURY 행사')).toEqual([]);
    expect(texts('KBS MBC SBS 3사')).toEqual(['KBS', 'MBC', 'SBS']);
  });

  it('finds Hanja party names and Latin-letter company names', () => {
    expect(texts('新民黨과 BC카드')).toEqual(['新民黨', 'BC카드']);
  });

  it('knows airlines, international bodies, leagues and named forces', () => {
    expect(texts('루프트한자는 운항을 멈췄고 세계식량계획이 지원했다.')).toEqual(['루프트한자', '세계식량계획']);
    expect(texts('그는 분데스리가를 떠나 주한미군 기지를 찾았다.')).toEqual(['분데스리가', '주한미군']);
  });

  it('knows foreign outlets, with the article written apart too, and entertainment media', () => {
    expect(texts('르 몽드와 엘파이스, 한델스블라트는 전했다.')).toEqual(['르 몽드', '엘파이스', '한델스블라트']);
    expect(texts('스포츠월드에 따르면 닛칸스포츠도')).toEqual(['스포츠월드', '닛칸스포츠']);
  });

  it('knows military commands, agencies’ short names and civic groups', () => {
    expect(texts('기무사와 농진청, 환경운동연합과 앰네스티')).toEqual(['기무사', '농진청', '환경운동연합', '앰네스티']);
  });

  it('knows foreign agencies and companies, but not a body’s word inside a title', () => {
    expect(texts('문부과학성과 분데스방크, 램리서치와 무디스')).toEqual(['문부과학성', '분데스방크', '램리서치', '무디스']);
    expect(texts('홍민 정치국 상무위원이 동행했다.')).toEqual([]);
  });

  it('knows the parties, agencies and firms of older articles', () => {
    expect(texts('신한민주당과 보안사, 금성사와 선경')).toEqual(['신한민주당', '보안사', '금성사', '선경']);
  });

  it('knows the Assembly’s offices, professional bodies and relief groups', () => {
    expect(texts('국회입법조사처와 한국세무사회, 굿네이버스, 한국경제TV')).toEqual(['국회입법조사처', '한국세무사회', '굿네이버스', '한국경제TV']);
  });

  it('knows foreign parties, agencies, franchises and game companies', () => {
    expect(texts('포데모스와 오성운동, 나무엑터스와 투썸플레이스, 유비소프트')).toEqual(['포데모스', '오성운동', '나무엑터스', '투썸플레이스', '유비소프트']);
  });

  it('knows cable channels and cable operators', () => {
    expect(texts('온스타일과 투니버스, 티브로드가 밝혔다.')).toEqual(['온스타일', '투니버스', '티브로드']);
  });

  it('knows foreign clubs written in two words', () => {
    expect(texts('AC 밀란과 애스턴 빌라가 만났다.')).toEqual(['AC 밀란', '애스턴 빌라']);
  });

  it('reads a word that is a known name whole before any particle in it, unless the article defines it', () => {
    expect(texts('FC바르셀로나 관계자는')).toEqual(['FC바르셀로나']);
    expect(names('한국배구연맹(KOVO)이 밝혔다. KOVO 관계자는')).toEqual(['한국배구연맹', '한국배구연맹', '한국배구연맹']);
  });

  it('knows education firms, services and consumer brands, but not names that are common words', () => {
    expect(texts('메가스터디와 이투스는 분석했다. 요기요에서 주문했다.')).toEqual(['메가스터디', '이투스', '요기요']);
    expect(texts('설화수와 랑콤 매장')).toEqual(['설화수', '랑콤']);
    expect(texts('멜론을 샀고 자라는 아이들')).toEqual([]);
  });

  it('knows short names of public bodies and religious orders, and a company with its Korean arm', () => {
    expect(names('철도공사는 밝혔다. 조계종과 한국철도공사')).toEqual(['한국철도공사', '조계종', '한국철도공사']);
    expect(texts('구글 코리아 관계자는')).toEqual(['구글 코리아']);
  });

  it('knows Korean professional clubs by their one-word names', () => {
    expect(texts('전북현대는 FC서울과 비겼고 흥국생명이 이겼다.')).toEqual(['전북현대', 'FC서울', '흥국생명']);
  });
});

describe('names of several words', () => {
  it('finds a known name written in two words, particle outside', () => {
    expect(texts('월스트리트 저널은 보도했다. 월스트리트저널도')).toEqual(['월스트리트 저널', '월스트리트저널']);
    expect(texts('월스트리트 거리')).toEqual([]);
    expect(texts('영국 데일리 메일에 따르면')).toEqual(['데일리 메일']);
  });
});

describe('publishers', () => {
  it('are known by name', () => {
    expect(texts('이번 작품은 민음사가 아닌 곳에서 나왔다. 문학동네와 창비도 냈다.')).toEqual(['민음사', '문학동네', '창비']);
  });
});
