// Names glossed in Chinese characters without a title, names after compound titles (영화배우, 축구선수), and
// three-syllable names written together with a longer title (전민호본부장은).
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('a Korean name glossed in Chinese characters', () => {
  it('is a person when the gloss starts with the surname’s character and has a character a syllable', () => {
    expect(brief('그는 박하은(朴夏恩)에게 배웠다.')).toContain('박하은:박하은');
    expect(brief('1930년 최민준(崔敏俊)·정서윤(鄭瑞允) 선생이 세웠다.')).toEqual(
      expect.arrayContaining(['최민준:최민준', '정서윤:정서윤']),
    );
    expect(brief('황보민준(皇甫敏俊)이 이겼다.')).toContain('황보민준:황보민준');
  });

  it('is not one when the characters are another word’s', () => {
    expect(brief('원저우(溫州)에서 만났다.')).toEqual([]);
    expect(brief('김해진(金海津)은 항구다.').filter((b) => b.startsWith('김해진'))).toEqual(['김해진:김해진']);
    expect(brief('이천시(利川市)에 있다.')).toEqual([]);
    expect(brief('박하은(李夏恩)이 왔다.').filter((b) => b.startsWith('박하은'))).toEqual([]);
  });
});

describe('names after compound titles of stage, sport and press', () => {
  it('reads the name after the compound and keeps the compound as the title', () => {
    expect(brief('영화배우 김하늘이 왔다.')).toEqual(['김하늘:김하늘']);
    expect(brief('해금연주자 이수아는 무대에 섰다.')).toEqual(['이수아:이수아']);
    expect(persons('축구선수 박지훈이 골을 넣었다.')[0].title).toBe('축구선수');
  });

  it('leaves words that only end like a title', () => {
    expect(brief('전화가 김민준에게 왔다.').filter((b) => b.startsWith('김민준'))).toEqual([]);
    expect(brief('대화가 오간 뒤 끝났다.')).toEqual([]);
  });
});

describe('a three-syllable name written together with a longer title', () => {
  it('splits the name from the title', () => {
    expect(brief('이 회사 전민호본부장은 말했다.')).toEqual(['전민호:전민호']);
    expect(persons('한빛회의 김수빈회장이 운전했다.')[0].title).toBe('회장');
  });

  it('leaves departments and bodies before the title', () => {
    expect(brief('정치부장은 말했다.')).toEqual([]);
    expect(brief('조직위원장이 말했다.')).toEqual([]);
    expect(brief('편집국장이 말했다.')).toEqual([]);
  });
});
