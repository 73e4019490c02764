// 회사는, 업체 측은, 학교는 “…”: a common noun for a body refers back to one named before it, else no speaker.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.js';
import { speakers } from './helpers.js';

function org(text: string, name: string): Entity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
  return { id: name, type: 'ORG', name, title: null, affiliation: null, mentions };
}

describe('a generic noun for a body', () => {
  it('is the body named before it', () => {
    const text = '나래전지가 공장을 짓는다. 회사는 "증설이 불가피하다"고 밝혔다.';
    expect(speakers(text, [org(text, '나래전지')])).toEqual([['증설이 불가피하다', '나래전지']]);
  });

  it('is never a firm named after it (an investor)', () => {
    const text = '배터리 제조업체가 공장을 짓는다. 회사는 "증설이 불가피하다"고 밝혔다. 벤처투자 회사 가온벤처스가 참여했다.';
    expect(speakers(text, [org(text, '가온벤처스')])).toEqual([['증설이 불가피하다', null]]);
  });

  it('is the unnamed one the article introduced with 한, not a body named before that', () => {
    const text = '가온벤처스는 투자를 늘린다. 충북의 한 배터리 제조사가 공장을 짓는다. 회사는 "증설이 불가피하다"고 밝혔다.';
    expect(speakers(text, [org(text, '가온벤처스')])).toEqual([['증설이 불가피하다', null]]);
  });
});

describe('a union branch by its short name', () => {
  it('is the branch named before (지회 → 한빛조선하청지회)', () => {
    const text = '전국금속노동조합 한빛조선하청지회는 출정식을 열었다. 지회는 "원청이 나서야 한다"고 요구했다.';
    expect(speakers(text).at(-1)).toEqual(['원청이 나서야 한다', '한빛조선하청지회']);
  });
});

describe('a noun for a kind of body before its name', () => {
  it('is no part of the name (시민단체 한빛연대는)', () => {
    const text = '시민단체 한빛연대는 "철회하라"고 밝혔다. 국제 인권단체 누리워치도 "우려한다"고 했다.';
    expect(speakers(text, [org(text, '한빛연대'), org(text, '누리워치')])).toEqual([
      ['철회하라', '한빛연대'],
      ['우려한다', '누리워치'],
    ]);
  });
});

describe('the last part of a body’s long name', () => {
  it('is that body, in the body text and in a headline before the name is spelled out', () => {
    const body = '한빛교육평가원이 결과를 냈다. 평가원은 "변별력을 높였다"고 밝혔다.';
    expect(speakers(body, [org(body, '한빛교육평가원')])).toEqual([['변별력을 높였다', '한빛교육평가원']]);
    const headline = '시험 논란…평가원 "변별력 확보"\n\n한빛교육평가원은 14일 설명했다.';
    expect(speakers(headline, [org(headline, '한빛교육평가원')])).toEqual([['변별력 확보', '한빛교육평가원']]);
  });
});
