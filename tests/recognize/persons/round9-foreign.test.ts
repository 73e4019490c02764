// Errors found on invented foreign-news articles in session 9: Arabic names of three words, family names
// whose last syllable reads like a particle (만, 로), middle names, Vietnamese names, and words read into a
// name before a title (주폴란드, 또).
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/recognize/index.js';
import { segment } from '../../../src/segment/index.js';
import { brief } from './helpers.js';

/** The persons of a text as the recognize stage links them (the longest of overlapping mentions kept). */
function people(text: string): string[] {
  return recognize(segment(text), null).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
}

describe('Arabic names', () => {
  it('reads 압델 and the word after it as one first name', () => {
    expect(people('압델 파타 엘시시 이집트 대통령이 12일 휴전안을 지지했다.')).toEqual(['압델 파타 엘시시']);
    expect(people('압둘 아지즈 알 사우드 국왕은 말했다.')).toEqual(['압둘 아지즈 알 사우드']);
  });

  it('takes the family name after 빈, 아불 and 알', () => {
    expect(people('아흐메드 아불 게이트 사무총장도 성명을 냈다.')).toEqual(['아흐메드 아불 게이트']);
  });

  it('keeps a listed name whole when its last syllable reads like a particle', () => {
    expect(people('무함마드 빈 살만 사우디아라비아 왕세자와 회담했다.')).toEqual(['무함마드 빈 살만']);
  });
});

describe('family names in 만 and 로 right before a title', () => {
  it('keeps 만 and 로 in the family name', () => {
    expect(people('독일 연구소 토마스 노이만 교수 연구팀은 밝혔다.')).toEqual(['토마스 노이만']);
    expect(people('콜롬비아의 구스타보 페트로 대통령도 축하 메시지를 보냈다.')).toEqual(['구스타보 페트로']);
  });

  it('reads them as particles elsewhere', () => {
    expect(brief('그는 데이비드로 감독이 바뀌었다고 말했다.')).toEqual([]);
    expect(people('토마스 노이만 교수가 됐다.')).not.toContain('토마스 노이만');
  });
});

describe('first, middle and second family names', () => {
  it('knows more first names', () => {
    expect(people('마르첼로 아본단자 감독과 1년 재계약했다.')).toEqual(['마르첼로 아본단자']);
    expect(people('레알의 킬리안 음바페는 다음 시즌 합류한다.')).toEqual(['킬리안 음바페']);
  });

  it('takes a middle name into a name with no title', () => {
    expect(people('새 총리 카를로스 알베르토 멘데스는 취임했다.')).toEqual(['카를로스 알베르토 멘데스']);
  });

  it('takes a Spanish second family name before the title', () => {
    expect(people('안드레스 마누엘 로페스 오브라도르 대통령은 축하했다.')).toEqual(['안드레스 마누엘 로페스 오브라도르']);
  });

  it('leaves a common word after a first name out', () => {
    expect(people('앤서니 노먼 베테랑 선수들이 팀을 떠났다.')).toEqual(['앤서니 노먼']);
  });
});

describe('Vietnamese names', () => {
  it('reads one-syllable words after a Vietnamese family name before 베트남 and a title', () => {
    expect(people('팜 민 찐 베트남 총리가 오는 20일 방한한다. 찐 총리는 회담한다.')).toEqual(['팜 민 찐']);
    expect(people('또 럼 베트남 서기장은 말했다.')).toEqual(['또 럼']);
  });

  it('reads them with the middle name 반 or 티 before any title', () => {
    expect(people('보 반 트엉 전 국가주석이 물러났다.')).toEqual(['보 반 트엉']);
  });

  it('leaves short words alone without either', () => {
    expect(people('또 김 위원장은 말했다.')).toEqual(['김 위원장']);
    expect(people('뒤를 이은 또 럼 서기장의 친서를 전달했다.')).toEqual([]);
  });
});

describe('words that are no name before a title', () => {
  it('reads no name in an envoy post or a verb', () => {
    expect(people('의혹과 관련해 주폴란드 러시아 대사를 초치했다.')).toEqual([]);
  });
});

describe('Russian patronymics', () => {
  it('take the family name after them', () => {
    expect(people('블라디미르 블라디미로비치 푸틴 러시아 대통령과 회담했다.')).toEqual(['블라디미르 블라디미로비치 푸틴']);
    expect(people('마리야 알렉산드로브나 자하로바가 말했다.')).toEqual(['마리야 알렉산드로브나 자하로바']);
  });
});

describe('a city with its 시 before a foreign name', () => {
  it('is no first name', () => {
    expect(people('키이우시 비탈리 클리치코 시장은 말했다.')).toEqual(['비탈리 클리치코']);
  });
});

describe('more Japanese family names', () => {
  it('open a name before a given name', () => {
    expect(people('요시무라 히로후미 오사카부 지사는 밝혔다.')).toEqual(['요시무라 히로후미']);
  });
});

describe('words ending like a title', () => {
  it('reads no name before 기대감 (대감)', () => {
    expect(people('서울 아파트값 상승폭 확대…"금리 인하 기대감"')).toEqual([]);
  });
});

describe('a Portuguese name of four words', () => {
  it('takes its last family name before the title', () => {
    expect(people('브라질의 루이스 이나시우 룰라 다시우바 대통령과 회담했다.')).toEqual(['루이스 이나시우 룰라 다시우바']);
  });
});

describe('regnal numbers', () => {
  it('are part of a monarch’s or pope’s name before a royal title or after 교황', () => {
    expect(people('찰스 3세 국왕은 말했다.')).toEqual(['찰스 3세']);
    expect(people('요르단 압둘라 2세 국왕과 통화했다.')).toEqual(['압둘라 2세']);
    expect(people('교황 레오 14세가 방문한다.')).toEqual(['레오 14세']);
  });

  it('are an age elsewhere', () => {
    expect(people('이 제품은 3세 어린이용이다.')).toEqual([]);
    expect(people('스미스 3세 아들')).toEqual([]);
  });
});

describe('Italian and Turkish first names shaped like Korean names', () => {
  it('open a foreign name, whose family name alone links to it later', () => {
    const text = '마시모 아본단자 감독이 부임했다. 아본단자 감독은 말했다.';
    const e = recognize(segment(text), null).entities.filter((x) => x.type === 'PERSON');
    expect(e.map((x) => `${x.name}=${x.mentions.map((m) => m.text).join(',')}`)).toEqual(['마시모 아본단자=마시모 아본단자,아본단자']);
    expect(people('안제 포스테코글루 감독은 말했다.')).toEqual(['안제 포스테코글루']);
  });
});

describe('a well-known name that is also a word', () => {
  it('is a name with its country between it and the title', () => {
    expect(people('조현 외교부 장관과 왕이 중국 외교부장이 회담했다.')).toEqual(['조현', '왕이']);
  });

  it('is a word elsewhere', () => {
    expect(people('왕이 되고 싶은 중국 장관')).toEqual([]);
  });
});

describe('Vietnamese names with an age note', () => {
  it('are whole before the note and 씨', () => {
    expect(people('실종자 1명은 베트남 국적의 응우옌 반 훙(31)씨로 확인됐다.')).toEqual(['응우옌 반 훙']);
    expect(people('응우옌 티 탄 베트남 부의장도 동행한다.')).toEqual(['응우옌 티 탄']);
  });
});
