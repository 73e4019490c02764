// How a speaker found by a title or a description is written: the recognizer's whole name for a title
// alone (日 총리 → 이시바 시게루), the shorter spelling of a description the article also uses, and no
// speaker for a headline's lone topic word. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('a headline title standing for someone the article names', () => {
  it('takes the whole foreign name, not its last word', () => {
    const text = '日 총리 "한일 관계 개선 계속"\n\n교도통신에 따르면 이시바 시게루 총리는 27일 "한국은 중요한 이웃"이라고 말했다.';
    expect(said(text)[0]).toEqual(['한일 관계 개선 계속', '이시바 시게루']);
  });
});

describe('a headline opening with a lone word and a comma', () => {
  it('reads a market index as no speaker', () => {
    const text = '코스피, 외국인 매도에 2% 급락…"당분간 변동성 확대"\n\n코스피가 2% 넘게 떨어졌다.';
    expect(said(text)[0]).toEqual(['당분간 변동성 확대', null]);
  });
});

describe('a description written twice', () => {
  it('keeps the spelling without 의 when the article also uses it', () => {
    const text = '검사 출신의 변호사는 "절차가 문제"라고 말했다. 이어 검사 출신 변호사는 "법리가 불명확하다"고 덧붙였다.';
    expect(said(text).map(([, s]) => s)).toEqual(['검사 출신 변호사', '검사 출신 변호사']);
  });

  it('keeps 의 when the article writes it only so', () => {
    expect(said('서울 소재 대학의 한 형법 교수는 "관할이 없다"고 말했다.')[0][1]).toBe('서울 소재 대학의 형법 교수');
  });
});

describe('a city government', () => {
  it('speaks as the article names it, not as the place', () => {
    expect(said('기상청은 "춥겠다"고 예보했다. 서울시는 "외출을 자제해 달라"고 당부했다.').at(-1)).toEqual(['외출을 자제해 달라', '서울시']);
  });
});

describe('someone speaking for a person', () => {
  it('is the camp official as described, not the candidate', () => {
    const text = '미래당 정다은 후보는 "정권 심판"이라고 외쳤다. 정 후보 캠프 관계자는 "분위기가 좋다"고 말했다.';
    expect(said(text).at(-1)).toEqual(['분위기가 좋다', '정 후보 캠프 관계자']);
  });
});

describe('한 after an object', () => {
  it('is the verb "did", not "one": the named mayor speaks', () => {
    const text = '추모식이 열렸다. 추모사를 한 정하늘 청솔시장은 "희생 위에 오늘이 있다"고 말했다.';
    expect(said(text)[0]).toEqual(['희생 위에 오늘이 있다', '정하늘']);
  });

  it('still reads 한 as "one" before a description (정부의 한 관계자)', () => {
    expect(said('정부의 한 고위 관계자는 "검토 중"이라고 말했다.')[0]).toEqual(['검토 중', '정부 고위 관계자']);
  });
});

describe('the quotative ending glued to the closing mark', () => {
  it('is no surname 고 opening the speaker phrase after the quote', () => {
    expect(said('"인상은 불가피하다"고 업계 관계자가 전했다.')[0]).toEqual(['인상은 불가피하다', '업계 관계자']);
    expect(said('"아직 모르겠다"고 한 유권자가 말했다.')[0]).toEqual(['아직 모르겠다', '유권자']);
  });
});

describe('a title in single marks before the quote', () => {
  it('holds no subject of the sentence', () => {
    const text = '한빛일보는 28일 ‘새 시장은 시민을 먼저 생각해야 한다’는 제목의 사설에서 “검찰 수사에 응해야 한다”며 촉구했다.';
    expect(said(text)[0]).toEqual(['검찰 수사에 응해야 한다', '한빛일보']);
  });
});

describe('a family name the recognizers did not link to the full name', () => {
  it('takes the one full name ending with it (로시 → 마르코 로시)', () => {
    const text = '청솔FC의 마르코 로시 감독이 첫 승을 거뒀다. 로시 감독은 "팬들의 열정이 놀랍다"고 말했다.';
    expect(said(text)).toEqual([['팬들의 열정이 놀랍다', '마르코 로시']]);
  });
});

describe('a document as the subject', () => {
  it('gives the words to its issuer (성명은 “…” after the body issued it)', () => {
    const text = '청솔환경운동연합은 "사업에 반대한다"고 밝혔다. 이날 발표한 성명은 "서식지를 파괴한다"고 지적했다.';
    expect(said(text).at(-1)).toEqual(['서식지를 파괴한다', '청솔환경운동연합']);
  });
});
