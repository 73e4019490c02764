// Names told by the words around them: authorities (사법 당국) and schools (단원고 학생).
import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

describe('authorities', () => {
  it('takes a field written onto 당국 or before it', () => {
    expect(texts('금융당국은 조사에 나섰다.')).toEqual(['금융당국']);
    expect(texts('군 당국과 사법 당국에 따르면')).toEqual(['군 당국', '사법 당국']);
    expect(texts('노르웨이 수사 당국은 밝혔다.')).toEqual(['노르웨이 수사 당국']);
  });

  it('leaves pointers, verb forms and officials', () => {
    expect(texts('해당 당국과 정부 당국, 이 당국자는')).toEqual([]);
    expect(texts('이에 대해 당국은 답하지 않았다.')).toEqual([]);
    expect(texts('미국 고위당국자는 말했다.')).toEqual([]);
  });
});

describe('firms before their head’s title', () => {
  it('takes a stem and a line of business before a title, with or without the head’s name between', () => {
    expect(texts('전 누리건설 대표로부터 돈을 받았다.')).toEqual(['누리건설']);
    expect(texts('가람실업 전 회장이 말했다.')).toEqual(['가람실업']);
    expect(texts('한빛실업 홍민 회장과 가람기술공사 대표이사가 만났다.')).toEqual(['한빛실업', '가람기술공사']);
  });

  it('leaves industries, words made from a title, and the word without a title after it', () => {
    expect(texts('자동차산업 대표단이 왔다. 해외개발 사장되는 기술')).toEqual([]);
    expect(texts('누리건설이 공사를 따냈다.')).toEqual([]);
  });
});

describe('firms named by Latin letters and 사', () => {
  it('takes an anonymised firm or one named by its initials', () => {
    expect(texts('B사는 밝혔다. 국내 A사 관계자와 UGI사 소속 직원')).toEqual(['B사', 'A사', 'UGI사']);
  });

  it('leaves a title or a word written on the letters', () => {
    expect(texts('A사장은 C사이에서 D사무관과, A와 B사이')).toEqual([]);
    expect(texts('D어학원 측은 E업체와 F병원을')).toEqual(['D어학원', 'E업체', 'F병원']);
  });
});

describe('members of a list of names', () => {
  it('takes the other one-word members of a list with two known names', () => {
    expect(texts('누리뮤직, 엠넷, 가람소리, 지니뮤직 등 음원 사이트')).toEqual(['누리뮤직', '엠넷', '가람소리', '지니뮤직']);
    expect(texts('삼성전자, 애플, 누리테크와 함께')).toEqual(['삼성전자', '애플', '누리테크']);
  });

  it('leaves places, words for a kind of body, and lists with one known name', () => {
    expect(texts('삼성전자, LG전자, 정부, 서울 등')).toEqual(['삼성전자', 'LG전자']);
    expect(texts('누리뮤직, 엠넷, 가람소리 등')).toEqual(['엠넷']);
  });
});

describe('schools', () => {
  it('takes X고 and X중 before a word about pupils or staff, and names with a school ending', () => {
    expect(texts('한빛고 학생들과 새솔중 2학년 교실')).toEqual(['한빛고', '새솔중']);
    expect(texts('누리여고와 가람외고, 다솜고등학교')).toEqual(['누리여고', '가람외고', '다솜고등학교']);
  });

  it('leaves verb forms and kinds of school', () => {
    expect(texts('그는 회의를 했고 학생들은 떠났다.')).toEqual([]);
    expect(texts('여자고등학교와 공립중학교')).toEqual([]);
  });
});

describe('outlets', () => {
  it('takes a name after a word that introduces an outlet, or as the subject of 보도했다', () => {
    expect(texts('영국 일간 누리포스트는 전했다.')).toEqual(['누리포스트']);
    expect(texts("미국 의회 전문매체인 '가람힐'이 집계했다.")).toEqual(['미국 의회', '가람힐']);
    expect(texts('새솔넷이 16일 보도했다.')).toEqual(['새솔넷']);
    expect(texts('가람온라인은 전했다. 누리넷이 3일 전했다.')).toEqual(['가람온라인', '누리넷']);
    expect(texts('다온타임스 보도에 따르면')).toEqual(['다온타임스']);
    expect(texts('소속사 누리엔터는 밝혔다. 법무법인 한빛 소속 변호사')).toEqual(['누리엔터', '한빛']);
  });

  it('takes a place name after 법무법인 or 재단법인 as the firm’s name', () => {
    expect(texts('법무법인 세종은 밝혔다. 재단법인 누리나눔도')).toEqual(['세종', '누리나눔']);
    expect(texts('세종에서 열렸다.')).toEqual([]);
  });

  it("takes a film's production or distribution company from its credits in brackets", () => {
    expect(texts("영화 '누리의 밤'(제작 한빛필름)과 '새벽'(배급 가람픽처스, 감독 홍민)")).toEqual(['한빛필름', '가람픽처스']);
  });

  it('leaves persons and other names that relay words', () => {
    expect(texts('홍민이 전했다. 가람은 3일 전했다.')).toEqual([]);
  });

  it('leaves verb forms, dates and words that are no outlet', () => {
    expect(texts('회담했다고 5일 보도했다.')).toEqual([]);
    expect(texts('언론 보도에 따르면 3일간 회의가 열렸다.')).toEqual([]);
    expect(texts('소속사 관계자는 기획사 4곳이 있다고 말했다.')).toEqual([]);
    expect(texts('출판사 사무실에서 만났고 출판사 본사 앞이었다.')).toEqual([]);
  });
});

describe('bodies of a country', () => {
  it('takes a common word naming a body after a country', () => {
    expect(texts('노르웨이 의회는 법안을 통과시켰다.')).toEqual(['노르웨이 의회']);
    expect(texts('태국 군부가 권력을 잡았다.')).toEqual(['태국 군부']);
  });

  it('leaves the word alone and after other words', () => {
    expect(texts('의회는 법안을 통과시켰다. 지방 의회와 대표팀')).toEqual([]);
  });
});

describe('quoted names called a body', () => {
  it('takes a quoted name after a word for a body or before 라는 회사', () => {
    expect(texts("결혼정보회사 '누리 짝꿍'이 조사했다.")).toEqual(['누리 짝꿍']);
    expect(texts('환자단체 “생명 볼모” 반발, 시민단체 “즉각 철회하라”')).toEqual([]);
    expect(texts('간호법 통과…의사단체 "유감", 노동단체 “환영”')).toEqual([]);
    expect(texts("시민단체 '누리연대' 회원과 모임인 “한빛회”가")).toEqual(['누리연대', '한빛회']);
    expect(texts('동문 모임인 ‘한빛회’의 회장과 “가람벤처”라는 회사')).toEqual(['한빛회', '가람벤처']);
  });

  it('takes a name written on with (이)라는 before a word for a body', () => {
    expect(texts('그는 누리짝이라는 회사를 세웠고 한빛이라는 단체에 들었다.')).toEqual(['누리짝', '한빛']);
    expect(texts('누리짝라는 회사와 우리는 회사를, 우리라는 단체')).toEqual([]);
  });

  it('leaves quoted words elsewhere and unquoted words after 업체', () => {
    expect(texts("그는 '누리 짝꿍'을 불렀다. 업체 직원과 기업 이미지")).toEqual([]);
  });
});

describe('a country’s service or agency after its name', () => {
  it('is one name (캐나다 해군, 케냐 정보국)', () => {
    expect(texts('캐나다 해군 함정이 입항했다. 케냐 정보국은 밝혔다.')).toEqual(['캐나다 해군', '케냐 정보국']);
  });

  it('leaves 정부군 and 반군, which name no body', () => {
    expect(texts('누리국 정부군과 반군이 충돌했다. 칠레 정부군이 진입했다.')).toEqual([]);
  });
});

describe('a body’s head noted in brackets after its name', () => {
  it('makes the word before the bracket a name (누리게임즈(대표 박하늘))', () => {
    expect(texts('누리게임즈(대표 박하늘)가 개발했다. KT(대표 김민)도 나섰다.')).toEqual(['누리게임즈', 'KT']);
  });

  it('leaves a short word with a particle alone', () => {
    expect(texts('그는(대표 김민) 말했다.')).toEqual([]);
  });
});

describe('a list told as bodies by the kind after it', () => {
  it('makes every one-word member a name, even one named like a place', () => {
    expect(texts('한빛, 새봄, 누리, 마포 등 4개 회사인데 흑자다.')).toEqual(['한빛', '새봄', '누리', '마포']);
    expect(texts('가람, 한울, 누리 등의 사립학교가 문을 닫았다.')).toEqual(['가람', '한울', '누리']);
  });

  it('leaves lists of other things alone', () => {
    expect(texts('서울, 부산 등 대도시가 많다. 김밥, 라면 등 대학생이 먹는 음식.')).toEqual([]);
  });
});
