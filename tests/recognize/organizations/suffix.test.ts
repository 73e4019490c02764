// Names made by their ending, and the common words that end the same way.
import { describe, expect, it } from 'vitest';
import { names, texts } from './helpers.js';

describe('names by their ending', () => {
  it('finds institutes, prosecutors, parties, universities and companies', () => {
    expect(texts('해밀연구원은 밝혔다.')).toEqual(['해밀연구원']);
    expect(texts('부산동부지검이 수사에 나섰다.')).toEqual(['부산동부지검']);
    expect(texts('한빛시의회가 조례를 통과시켰다. 시의회는 곧 공포한다.')).toEqual(['한빛시의회', '시의회']);
    expect(texts('누리도의회와 가람구의회')).toEqual(['누리도의회', '가람구의회']);
    expect(texts('새빛미래당 대표가 말했다.')).toEqual(['새빛미래당']);
    expect(texts('한빛대학교와 강원대 교수들')).toEqual(['한빛대학교', '강원대']);
    expect(texts('현대건설과 GS칼텍스, 누리전자')).toEqual(['현대건설', 'GS칼텍스', '누리전자']);
    expect(texts('한국소비자원이 조사했다.')).toEqual(['한국소비자원']);
    expect(texts('서울고등법원은 판결했다.')).toEqual(['서울고등법원']);
  });

  it('finds agencies, mutual-aid societies, tax offices, clubs and accounting firms by their ending', () => {
    expect(texts('누리우주연구개발기구가 발표했다.')).toEqual(['누리우주연구개발기구']);
    expect(texts('한빛교직원공제회와 가람세무서, 누리회계법인')).toEqual(['한빛교직원공제회', '가람세무서', '누리회계법인']);
    expect(texts('한빛야구단은 우승했다.')).toEqual(['한빛야구단']);
    expect(texts('누리벤처스와 한빛자산운용, 가람테크노파크')).toEqual(['누리벤처스', '한빛자산운용', '가람테크노파크']);
    expect(texts('청년누리유니온은 성명을 냈다.')).toEqual(['청년누리유니온']);
    expect(texts('한빛본부세관과 광역수사대')).toEqual(['한빛본부세관', '광역수사대']);
    expect(texts('제3보병사단과 제9함대, 제11전투비행단')).toEqual(['제3보병사단', '제9함대', '제11전투비행단']);
    expect(texts('운동기구와 국제기구, 의료기구')).toEqual([]);
    expect(texts('변호인은 반대신문에서 따졌고 대질신문도 했다.')).toEqual([]);
    expect(texts('한빛제약과 누리약품이 경쟁한다.')).toEqual(['한빛제약', '누리약품']);
    expect(texts('누리금융지주는 밝혔다. 금융지주 회장들')).toEqual(['누리금융지주']);
    expect(texts('시간제약이 있어 전문의약품만 샀다.')).toEqual([]);
  });

  it('finds committees written short and alliances', () => {
    expect(names('누리거래위원회는 … 누리거래위가 밝혔다.')).toEqual(['누리거래위원회', '누리거래위원회']);
    expect(texts('한빛시민연대는 성명을 냈다.')).toEqual(['한빛시민연대']);
    expect(texts('최상위 순위와 1980년대, 업무범위')).toEqual([]);
  });

  it('does not take common words that end like a name', () => {
    expect(texts('지방법원과 종합병원, 대학병원의 연구원들')).toEqual([]);
    expect(texts('유가가 배럴당 80달러, 경기당 2골, 1인당 소득')).toEqual([]);
    expect(texts('학교당 50만원, 환자당 비용, 가입자당 매출')).toEqual([]);
    expect(texts('단일노조와 복수노조, 교원노조가 있다.')).toEqual([]);
    expect(texts('운전자와 국가공무원, 걸그룹, 시중은행, 가짜뉴스')).toEqual([]);
    expect(texts('국제기구 요청에 재정지원을 했다.')).toEqual([]);
    expect(texts('선임연구원과 책임연구원')).toEqual([]);
  });

  it('joins a body and its part written with a space', () => {
    expect(texts('국회 국토교통위원회는 회의를 열었다.')).toEqual(['국회 국토교통위원회']);
  });
});

describe('units of a body', () => {
  it('joins a unit written after a university', () => {
    expect(texts('한빛대학교 로스쿨은 밝혔다.')).toEqual(['한빛대학교 로스쿨']);
    expect(texts('누리전자 노조원들이 모였다.')).toEqual(['누리전자']);
  });

  it('joins a bench, a prosecutors\' department, a university department and a newsroom', () => {
    expect(texts('한빛지법 형사8단독 판사는')).toEqual(['한빛지법 형사8단독']);
    expect(texts('한빛지검 강력부에 전화를 걸었다.')).toEqual(['한빛지검 강력부']);
    expect(texts('한빛지검 반부패수사1부는 기소했다.')).toEqual(['한빛지검 반부패수사1부']);
    expect(texts('강원대 경영학과 교수')).toEqual(['강원대 경영학과']);
    expect(texts('KBS 보도국 기자')).toEqual(['KBS 보도국']);
  });

  it('gives a court written short the full name the article also gives', () => {
    expect(names('한빛지방법원은 … 한빛지법은')).toEqual(['한빛지방법원', '한빛지방법원']);
  });
});

describe('a place written before a body', () => {
  it('joins a country, province or city to a body named by its ending', () => {
    expect(texts('인천시 선거관리위원회에서 회의가 열렸다.')).toEqual(['인천시 선거관리위원회']);
    expect(texts('서울 한빛경찰서는 밝혔다.')).toEqual(['서울 한빛경찰서']);
    expect(texts('노르웨이 해양연구원은 발표했다.')).toEqual(['노르웨이 해양연구원']);
  });

  it('joins 駐 and the host country to a mission abroad (주베트남 한국대사관, 주한 미국대사관)', () => {
    expect(texts('주베트남 한국대사관은 밝혔다. 주한 미국대사관도 밝혔다.')).toEqual(['주베트남 한국대사관', '주한 미국대사관']);
    expect(texts('주민 한국대사관')).toEqual(['한국대사관']);
  });

  it('keeps a district, a known name, a university and a body that names its own city apart', () => {
    expect(texts('서초구 서울중앙지방법원에서 재판이 열렸다.')).toEqual(['서울중앙지방법원']);
    expect(texts('북한 노동당은 밝혔다.')).toEqual(['노동당']);
    expect(texts('미국 한빛대학교 교수')).toEqual(['한빛대학교']);
  });
});

describe('names joined by ·', () => {
  it('takes words joined onto a name by its ending', () => {
    expect(texts('항공·철도사고조사위원회는 밝혔다.')).toEqual(['항공·철도사고조사위원회']);
    expect(texts('3·15여객선참사지원·추모위원회가 열렸다.')).toEqual(['3·15여객선참사지원·추모위원회']);
  });

  it('leaves names, ages and one-syllable words before ·', () => {
    expect(texts('누리전자·한빛전자')).toEqual(['누리전자', '한빛전자']);
    expect(texts('홍민(23·한빛경찰서) 순경과 시·도교육청')).toEqual(['한빛경찰서']);
  });
});

describe('more endings', () => {
  it("takes a group's name with a field before its line of business", () => {
    expect(texts('두산정밀화학과 롯데해양건설이 합쳤다.')).toEqual(['두산정밀화학', '롯데해양건설']);
    expect(texts('현대사회와 대상자 명단')).toEqual([]);
  });

  it("leaves a particle written after a group's Latin name", () => {
    expect(texts('FC와의 경기에서 LG팬이라고 밝혔다.')).toEqual([]);
    expect(texts('GS칼텍스와 KB국민은행')).toEqual(['GS칼텍스', 'KB국민은행']);
  });

  it('takes companies named with a foreign business word', () => {
    expect(texts('누리캐피털과 한빛파트너스, 가람모터스')).toEqual(['누리캐피털', '한빛파트너스', '가람모터스']);
  });

  it('takes unions, centres and companies of dancers with a long enough name', () => {
    expect(texts('가람화물운송사업조합과 누리청소년상담센터, 한빛발레단')).toEqual(['가람화물운송사업조합', '누리청소년상담센터', '한빛발레단']);
    expect(texts('새 조합과 색의 조합, 상담센터')).toEqual([]);
  });
});

describe('kinds that are no name', () => {
  it('leaves kinds of groups and schools, and CF', () => {
    expect(texts('그는 댄스그룹과 공립대학교를 거쳐 맥주 CF를 찍었다.')).toEqual([]);
  });
});

describe('universities by their short name', () => {
  it('knows more universities at home and abroad', () => {
    expect(texts('숙명여대와 순천향대, 미시간대 교수')).toEqual(['숙명여대', '순천향대', '미시간대']);
  });
});

describe('party names ending in a word for 당 "per"', () => {
  it('takes a party whose name ends like 신당 or 대당', () => {
    expect(texts('미래혁신당과 국민연대당이 손잡았다.')).toEqual(['미래혁신당', '국민연대당']);
  });

  it('leaves a counter with 당 alone or after a number', () => {
    expect(texts('1인당 10만 원, 차량 1대당 5만 원, 한 대당 얼마인가.')).toEqual([]);
    expect(texts('창당한 신당이 출범했다.')).toEqual([]);
  });
});

describe('military units named by their number', () => {
  it('takes a number and a unit’s ending (37사단, 7함대, 2군단), not a word in 군단', () => {
    expect(texts('37사단과 미 7함대, 2군단이 나섰다. 무적군단이 이겼다.')).toEqual(['37사단', '7함대', '2군단']);
  });
});

describe('halls ending like a party', () => {
  it('are no party (인민대회당)', () => {
    expect(texts('베이징 인민대회당에서 회의가 열렸다.')).toEqual([]);
  });
});
