// Session 8: news layout found by running invented articles: agency brackets with the reporter after
// them, the 【】 bracket, and Korean list items (가. 나. 다.). Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const kinds = (text: string): string[] => segment(text).sentences.map((s) => `${s.kind}:${s.text}`);

describe('bylines', () => {
  it('keeps the reporter and the `=` after an agency bracket in the byline', () => {
    expect(kinds('[워싱턴=가상통신] 이수진 특파원 = 미국 국무부는 규탄했다. 둘째 문장이다.')).toEqual([
      'byline:[워싱턴=가상통신] 이수진 특파원 =',
      'body:미국 국무부는 규탄했다.',
      'body:둘째 문장이다.',
    ]);
  });
  it('reads the 【】 bracket as a byline too, glued to the reporter or not', () => {
    expect(kinds('【서울=가상뉴스】김민지 기자 = 서울시가 버스를 늘린다.')).toEqual(['byline:【서울=가상뉴스】김민지 기자 =', 'body:서울시가 버스를 늘린다.']);
    expect(kinds('【부산=가상뉴스】 부산시가 발표했다.')).toEqual(['byline:【부산=가상뉴스】', 'body:부산시가 발표했다.']);
  });
  it('leaves a bracketed tag without = or 기자 in the body', () => {
    expect(kinds('[단독] 정부가 발표했다.')).toEqual(['body:[단독] 정부가 발표했다.']);
  });
});

describe('list items', () => {
  it('does not cut after a Korean list letter at a line start', () => {
    const text = '대책은 다음과 같다.\n가. 신청 기간: 12월 한 달\n나. 신청 방법: 주민센터 방문\n다. 문의: 주택정책과';
    expect(segment(text).sentences.map((s) => s.text)).toEqual([
      '대책은 다음과 같다.',
      '가. 신청 기간: 12월 한 달',
      '나. 신청 방법: 주민센터 방문',
      '다. 문의: 주택정책과',
    ]);
  });
  it('still cuts after an interjection with a period', () => {
    expect(segment('아. 그렇구나.').sentences).toHaveLength(2);
  });
});

describe('note marks', () => {
  it('does not cut after PS., cf., ex. before the remark', () => {
    expect(segment('PS. 댓글 환영해요').sentences).toHaveLength(1);
    expect(segment('cf. 위 글 참조.').sentences).toHaveLength(1);
    expect(segment('과일을 좋아한다. ex. 사과, 배 등이다.').sentences.map((s) => s.text)).toEqual(['과일을 좋아한다.', 'ex. 사과, 배 등이다.']);
  });
});
