// Names known from other contexts: apposition, bylines, 씨, roles, lists, repeats, bare names.
import { describe, expect, it } from 'vitest';
import { findPersons, isTitle, TITLES } from '../../../src/recognize/persons/index.js';
import { brief, persons } from './helpers.js';

describe('other contexts that mark a name', () => {
  it('reads a name after a title in apposition, particle left out', () => {
    expect(brief('배우 김하윤이 소감을 밝혔다.')).toEqual(['김하윤:김하윤']);
    expect(brief('가수 유나는 노래했다.')).toEqual(['유나:유나']);
    expect(brief('사무총장인 올리버 닐슨 씨가 왔다.')[0]).toBe('올리버 닐슨:올리버 닐슨');
  });

  it('reads a name after a compound title of a position in sport', () => {
    expect(brief('선두타자 곽진형과 하도윤의 연속 안타가 나왔다.').map((s) => s.split(':')[0])).toContain('곽진형');
    expect(brief('선두타자 홈런 등으로 앞섰다.')).toEqual([]);
  });

  it('does not take a common noun after a title', () => {
    expect(persons('대통령 선거가 열렸다.')).toEqual([]);
    expect(persons('코치 시절부터 그랬다.')).toEqual([]);
  });

  it('finds the byline reporter in its usual forms', () => {
    expect(brief('[한빛일보=남궁민수 기자] 기사 본문.')).toEqual(['남궁민수:남궁민수']);
    expect(brief('(서울=한빛통신) 이수진 특파원 = 본문이다.')).toEqual(['이수진:이수진']);
    expect(brief('본문이다.\n홍지원 기자 jiwon@example.com')).toEqual(['홍지원:홍지원']);
    expect(brief('본문이다.\n정해인 [haein@example.com]')).toEqual(['정해인:정해인']);
    expect(brief('본문이다. 차민석기자 mscha@example.com')).toEqual(['차민석:차민석']);
  });

  it('reads 씨 written with or without a space', () => {
    expect(brief('홍길동씨는 귀가했다.')).toEqual(['홍길동:홍길동']);
    expect(brief('김 씨는 부인했다.')).toEqual(['김:김 씨(surname)']);
    expect(brief('이모씨가 신고했다. 박 모 씨도 왔다.')).toEqual(['이:이모씨', '박:박모씨']);
  });

  it('finds characters and the actors who play them', () => {
    expect(brief('그는 극 중 도윤 역을 맡았다.')).toEqual(['도윤:도윤']);
    expect(brief('소설가 창민(박서준 분)이 이사 온다.').sort()).toEqual(['박서준:박서준', '창민:창민']);
  });

  it('does not read a sport as a role (남자 역도)', () => {
    expect(brief('한국 남자 역도 대표팀이 출전한다.')).toEqual([]);
  });

  it('finds names in a list of three or more', () => {
    expect(brief('출연진은 김민지, 박서연, 이도현 등이다.')).toEqual(['김민지:김민지', '박서연:박서연', '이도현:이도현']);
    expect(persons('사과, 배, 포도 등이 있다.')).toEqual([]);
  });

  it('finds bare three-syllable names only with some context', () => {
    expect(brief('신지현과 황수민이 결승에 올랐다.')).toEqual(['신지현:신지현', '황수민:황수민']);
    expect(brief('김연수(24)가 우승했다.')).toEqual(['김연수:김연수']);
    expect(brief('결승에서 김연수(한빛체육회)가 우승했다.')).toEqual(['김연수:김연수']);
    expect(brief('박지수는 “기쁘다”고 말했다.')).toEqual(['박지수:박지수']);
    expect(persons('정치인은 선거를 앞두고 있다.')).toEqual([]);
  });

  it('finds later bare mentions of a name seen with a title', () => {
    const text = '안드레이 코발스키 폴란드 외무장관이 왔다. 코발스키는 웃었다. 정수민 위원장과 만났다. 정수민은 답했다.';
    expect(brief(text)).toEqual([
      '안드레이 코발스키:안드레이 코발스키',
      '코발스키:코발스키(short)',
      '정수민:정수민',
      '정수민:정수민',
    ]);
  });

  it('skips ranges the segmenter marks as not prose', () => {
    const text = '김민수 교수 http://x.kr/박영희 교수';
    const seg = { text, sentences: [], skip: [{ start: 7, end: text.length }] };
    expect(findPersons(seg).map((m) => m.text)).toEqual(['김민수']);
  });
});

describe('titles lexicon', () => {
  it('exports a lookup for the attribution stage', () => {
    expect(isTitle('선임연구위원')).toBe(true);
    expect(isTitle('사과')).toBe(false);
    expect(TITLES.has('특파원')).toBe(true);
  });
});

describe('a character named in quotation marks', () => {
  it('reads the character before 역 across the closing mark', () => {
    expect(brief("그는 '공태호'역을 연기했다.")).toEqual(['공태호:공태호']);
    expect(brief('그녀는 ‘선우’ 역을 맡았다.')).toEqual(['선우:선우']);
  });
});
