// Chinese names of one word before a title, found missing on an invented economy article in session 9.
import { describe, expect, it } from 'vitest';
import { isChineseFullName } from '../../../src/recognize/persons/chinese-titled.js';
import { MANDARIN_SYLLABLES } from '../../../src/recognize/persons/mandarin.js';
import { brief } from './helpers.js';

describe('Mandarin syllables in Hangul', () => {
  it('hold what Korean writes for Mandarin, not what it never does', () => {
    for (const s of ['펑', '쉐', '샹', '롄', '쥔', '쯔', '쑨', '궈', '자', '젠']) expect(MANDARIN_SYLLABLES.has(s), s).toBe(true);
    for (const s of ['기', '히', '고', '석', '희']) expect(MANDARIN_SYLLABLES.has(s), s).toBe(false);
  });
});

describe('a Chinese full name before a title', () => {
  it('is a name with any title, its affiliation between', () => {
    expect(brief('허리펑 중국 국무원 부총리는 말했다.')).toEqual(['허리펑:허리펑']);
    expect(brief('판궁성 인민은행 총재는 밝혔다.')).toEqual(['판궁성:판궁성']);
    expect(brief('왕원타오 상무부장이 방한했다.')).toEqual(['왕원타오:왕원타오']);
    expect(brief('천이친 대만 총통이 말했다.')).toEqual(['천이친:천이친']);
  });

  it('leaves Korean names Korean and words alone', () => {
    expect(isChineseFullName('장민호')).toBe(false);
    expect(isChineseFullName('황희찬')).toBe(false);
    expect(isChineseFullName('주시던')).toBe(false);
    expect(isChineseFullName('스케이팅')).toBe(false);
    expect(isChineseFullName('정기인사')).toBe(false);
    expect(brief('장민호 의원은 말했다.')).toEqual(['장민호:장민호']);
  });
});
