// Companies whose names are common words (기아 'hunger', 대상 'target', 현대 'modern times'): only where the
// words around show a company.
import { describe, expect, it } from 'vitest';
import { names, texts } from './helpers.js';

describe('a company named by a common word', () => {
  it('is a company beside another organization', () => {
    expect(texts('현대차와 기아의 판매량이 늘었다.')).toEqual(['현대차', '기아']);
    expect(texts('기아와 현대차가 손잡았다.')).toEqual(['기아', '현대차']);
    expect(texts('종목은 삼성전자, 대상, 농심 등이다.')).toEqual(['삼성전자', '대상', '농심']);
  });

  it('is a company before its staff or head', () => {
    expect(texts('기아 노조는 파업을 예고했다.')).toEqual(['기아']);
    expect(texts('기아 사장이 말했다.')).toEqual(['기아']);
  });

  it('is a company with a particle when the article names it in full', () => {
    expect(texts('기아자동차가 신차를 냈다. 기아는 웃었다.')).toEqual(['기아자동차', '기아']);
  });

  it('is the word elsewhere', () => {
    expect(texts('아프리카의 기아 퇴치를 위해 나섰다.')).toEqual([]);
    expect(texts('기아에 시달리는 아이들이 많다.')).toEqual([]);
    expect(texts('관심 대상이 됐다.')).toEqual([]);
    expect(texts('현대차가 웃었다. 현대 사회의 문제다.')).toEqual(['현대차']);
  });

  it('heads its club’s name, for which it then stands alone', () => {
    expect(names('기아 타이거즈가 이겼다. 기아는 선두다.')).toEqual(['기아 타이거즈', '기아 타이거즈']);
  });
});
