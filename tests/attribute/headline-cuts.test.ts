// A headline quoting a few words cut from a longer quote of the body takes that quote's speaker, when
// the cut is the head or the tail of exactly one speaker's words. Invented articles.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('short headline cuts', () => {
  const body = '\n\n미래당 정다은 후보는 "이번 선거는 정권 심판"이라고 외쳤다.\n한빛당 오민석 후보는 "국정 안정을 위해 힘을 모아 달라"고 호소했다.';

  it('finds the tail or the head of one longer quote', () => {
    expect(said(`"정권 심판" vs "국정 안정"…보선 선거운동 시작${body}`).slice(0, 2)).toEqual([
      ['정권 심판', '정다은'],
      ['국정 안정', '오민석'],
    ]);
  });

  it('leaves a cut from the middle, or one two speakers share, without a speaker', () => {
    expect(said(`"선거는 정권"${body}`)[0]).toEqual(['선거는 정권', null]);
    const both = '\n\n김 후보는 "정권 심판이 답"이라고 했다.\n박 후보는 "정권 심판은 없다"고 했다.';
    expect(said(`"정권 심판"${both}`)[0]).toEqual(['정권 심판', null]);
  });
});

describe('headline cuts of a quote carried over from the sentence before', () => {
  it('takes the speaker a reporting verb carries (그러면서 “…”고 덧붙였다)', () => {
    const text = '"무대에 몸을 바친 분"…동료들 추모 물결\n\n후배 가수 김하람은 "늘 후배를 챙겼다"고 말했다. 그러면서 "평생 무대에 몸을 바친 분이었다"고 덧붙였다.';
    expect(said(text)[0]).toEqual(['무대에 몸을 바친 분', '김하람']);
  });

  it('does not take the guess made for a bare quote line', () => {
    const text = '"오늘만 같아라"…브리핑장 웃음\n\n김하람 청장은 "성공했다"고 말했다.\n\n"오늘만 같아라!"\n\n모두 얼굴이 밝았다.';
    expect(said(text)[0]).toEqual(['오늘만 같아라', null]);
  });
});

describe('a headline naming a show, then its cast member, before the comma', () => {
  it('remembers the person, not the show', () => {
    expect(said('러닝크루 김민지, 동료와 열애설? “친한 사이일 뿐” 해명')).toEqual([['친한 사이일 뿐', '김민지']]);
  });
});

describe('a headline quote given to a group', () => {
  it('goes to the named person who said the same words in the body', () => {
    const text = '"무대에 몸을 바친 분"…가요계, 원로 가수 별세에 추모 물결\n\n후배 가수 김하람은 "평생 무대에 몸을 바친 분"이라고 말했다.';
    expect(said(text)[0]).toEqual(['무대에 몸을 바친 분', '김하람']);
  });

  it('stays with the group when no one in the body said them', () => {
    expect(said('청솔시장 화재…상인들 "생계 막막"\n\n불이 나 점포 30곳이 탔다.')[0]).toEqual(['생계 막막', '상인들']);
  });
});

describe('a headline after the quote ending on a verbal noun of demand, without a comma', () => {
  it('names its first word as the speaker', () => {
    const text = '“의료공백 더는 못 참아”…환자단체 대책 촉구\n\n중증질환자들이 11일 기자회견을 열었다.';
    expect(said(text)).toEqual([['의료공백 더는 못 참아', '환자단체']]);
  });
});

describe('a headline description whose words the body does not repeat', () => {
  it('is the one person the body quotes with that title', () => {
    const text = '새 환경장관 “플라스틱 전면 금지 추진”\n\n김도현 환경장관은 11일 “2030년까지 일회용 플라스틱을 없애겠다”고 밝혔다.';
    expect(said(text)[0]).toEqual(['플라스틱 전면 금지 추진', '김도현']);
  });
});
