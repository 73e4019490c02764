// What must NOT be found: ordinary words that contain place names or short forms.
import { describe, expect, it } from 'vitest';
import { places } from './helpers.js';

const none = (text: string) => expect(places(text), text).toEqual([]);

describe('not places', () => {
  it('never reads a lone syllable inside an ordinary word', () => {
    for (const t of ['미래를 위해', '중요한 문제', '일부 의원', '북을 치다', '회의 중 발언', '일 년 뒤']) none(t);
  });

  it('rejects words made of short forms that are ordinary words', () => {
    for (const t of ['수업 중일 때', '발전에 일조했다.', '그는 미남이다.', '중한 처벌', '공장에서 일한 경험', '조미료']) none(t);
  });

  it('rejects lists whose members are not all countries', () => {
    for (const t of ['중·고교 학생', '일·가정 양립', '영·유아']) none(t);
  });

  it('does not count a place fused into a person, language or body word', () => {
    for (const t of ['한국인 관광객', '한국어 수업', '중국집에서', '부산시장 선거', '대구지법', '평창올림픽', '정부세종청사', '경기도지사']) none(t);
  });

  it('does not read a particle after a closing quote as a country', () => {
    none('‘핵심이익’이란 표현');
    none("'핵심이익'이란 표현");
  });

  it('leaves out names that are mostly common words', () => {
    for (const t of ['화성 탐사', '예산 심의', '음성 메시지', '협력 강화 방안', '다른 수단으로', '세계 경제']) none(t);
    expect(places('화성시에서')).toEqual([['화성시', '화성', 0]]);
  });

  it('reads 韓 before a title as a surname', () => {
    none('韓총리, 현장 찾아');
    none('韓대표 “사퇴 없다”');
  });

  it('does not read a conditional verb after a city as a township', () => {
    expect(places('부산 도착하려면')).toEqual([['부산', '부산', 0]]);
  });
});

describe('not places either', () => {
  it('does not read a market or a time zone after a country as the country', () => {
    for (const t of ['중국시장 진출', '한국시간 새벽', '한국시리즈 우승']) none(t);
  });
});

describe('detached particles', () => {
  it('does not read 이란 detached from a quoted title as Iran', () => {
    none('“홀로 선 삶” 이란 제목');
    expect(places('이란 정부는')).toEqual([['이란', '이란', 0]]);
  });
});
