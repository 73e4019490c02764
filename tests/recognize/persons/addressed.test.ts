// Given names, stage names and foreign names before 씨, 군 or 양.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('a name without a surname before 씨, 군 or 양', () => {
  it('reads a given or stage name before 씨', () => {
    expect(brief('멤버 하늘 씨가 노래했다.')).toEqual(['하늘:하늘']);
    expect(brief('짜오판 씨는 웃었다.')).toEqual(['짜오판:짜오판']);
    expect(brief('우드씨는 착각했다.')).toEqual(['우드:우드']);
  });

  it('shares 씨 with the names listed before it', () => {
    expect(brief('밴드는 예은, 유빈, 혜림 씨로 구성됐다.')).toEqual(['예은:예은', '유빈:유빈', '혜림:혜림']);
  });

  it('takes 군 and 양 only after a given name', () => {
    expect(brief('아들 준혁 군을 뒀다.')).toEqual(['준혁:준혁']);
    expect(persons('상당 양의 비가 왔다.')).toEqual([]);
  });

  it('leaves words ending in 씨 alone', () => {
    expect(persons('아저씨가 솜씨를 보였다. 마음씨가 곱다.')).toEqual([]);
  });
});

describe('one transliterated word after a word of stage or sport', () => {
  it('reads the word as the name', () => {
    expect(brief('가수 모리스는 노래했다.')).toEqual(['모리스:모리스']);
    expect(brief('배우 클라라 측이 밝혔다.')).toEqual(['클라라:클라라']);
  });

  it('leaves a common noun after the title alone', () => {
    expect(persons('가수 활동을 했다. 배우 생활을 접었다.')).toEqual([]);
  });
});
