// Session 8: an aside with a space in it (일동 웃음) or in square brackets ([사진]) trails the end before
// it, glued or not. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('asides after an end', () => {
  it('keeps a glued aside with a space in it with the end before it', () => {
    expect(texts('저도 놀랐어요(일동 웃음) 그래서 바로 전화했죠')).toEqual(['저도 놀랐어요(일동 웃음)', '그래서 바로 전화했죠']);
    expect(texts('정말 좋았어요 (관객 웃음) 다음에도 불러 주세요')).toEqual(['정말 좋았어요 (관객 웃음)', '다음에도 불러 주세요']);
  });
  it('looks through a glued square-bracket aside', () => {
    expect(texts('드디어 완성했다[사진] 뿌듯하다')).toEqual(['드디어 완성했다[사진]', '뿌듯하다']);
  });
  it('does not cut after an aside that follows no end', () => {
    expect(texts('회의는 서울(본사 대회의실)에서 열림')).toHaveLength(1);
    expect(texts('우리 팀(총 다섯 명) 모두 참석')).toHaveLength(1);
  });
});
