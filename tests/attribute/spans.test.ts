import { describe, expect, it } from 'vitest';
import { findMarkedQuotes } from '../../src/attribute/quotes/spans.js';
import { quotesOf } from './helpers.js';

const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('quote marks', () => {
  it('pairs curly, straight and corner marks; text excludes the marks', () => {
    expect(texts('그는 “좋다”고 했다. 그녀는 "싫다"고 했다. 그들은 「글쎄」라고 했다.')).toEqual(['좋다', '싫다', '글쎄']);
  });

  it('keeps a quote of several sentences whole', () => {
    expect(texts('그는 “첫째다. 둘째다! 셋째인가?”라고 말했다.')).toEqual(['첫째다. 둘째다! 셋째인가?']);
  });

  it('closes a curly opening mark on a straight one when no curly closer follows (“…")', () => {
    expect(texts('관계자는 “회의가 있을 것으로 보인다"고 전했다.')).toEqual(['회의가 있을 것으로 보인다']);
  });

  it('keeps nested and single-quoted words inside the outer quote; single marks alone are no quotes', () => {
    expect(texts('그는 “‘공이 넘어왔구나’ 하는 생각이 들었다”고 말했다.')).toEqual(['‘공이 넘어왔구나’ 하는 생각이 들었다']);
    expect(texts('‘나도 한마디!’ 손 번쩍 든 학생')).toEqual([]);
    expect(texts('그는 “그가 "안 된다"고 했다”고 전했다.')).toEqual(['그가 "안 된다"고 했다']);
  });

  it('never lets a stray mark swallow the next lines', () => {
    const text = '김 장관은 “끝나지 않는 말\n홍 위원은 “좋다”고 말했다.';
    expect(texts(text)).toEqual(['좋다']);
  });

  it('survives a line of stray marks without aborting', () => {
    expect(findMarkedQuotes('”” 」“ 『 가')).toEqual([]);
  });

  it('gives exact offsets', () => {
    const text = '홍민 위원은 “ 기존 지원이 변했다 ”며 “확대 가능성이 있다”고 분석했다.';
    for (const q of quotesOf(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quoted names and terms', () => {
  it('drops a quoted term used as a noun', () => {
    expect(texts('정부는 이른바 “강대강” 원칙을 내세웠다.')).toEqual([]);
    expect(texts('그는 “새 시대” 구상이라는 말을 꺼냈다.')).toEqual([]);
    expect(texts('그 발표는 "어떤 안도감"도 주지 않았다.')).toEqual([]);
  });

  it('keeps short headline quotes and fragments before a quotative ending', () => {
    expect(texts('김정은 “러시아 대외정책 무조건적 지지”')).toEqual(['러시아 대외정책 무조건적 지지']);
    expect(texts('그는 “가짜 뉴스”라고 비판했다.')).toEqual(['가짜 뉴스']);
  });
});

describe('unusual input', () => {
  it('stays linear and exact on one long line of quotes, runs of marks, and text with no quotes', () => {
    for (const text of ['김철수 위원은 “좋다”고 말했다. '.repeat(5000), '“”"'.repeat(20000), '“'.repeat(100), '"'.repeat(100), 'He said "fine" and left. '.repeat(2000), '인용 없는 문장이다.', '']) {
      const started = performance.now();
      const qs = quotesOf(text);
      expect(performance.now() - started).toBeLessThan(5000);
      for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
