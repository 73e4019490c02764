// Short forms (신문 for 노동신문) and outlets named in bylines and credits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgs, texts } from './helpers.js';

describe('short forms', () => {
  it('marks 신문 after 노동신문 as a short mention', () => {
    const found = orgs('노동신문은 5일 보도했다. 신문은 이어 논평했다.');
    expect(found.map((m) => [m.text, m.partial ?? null])).toEqual([
      ['노동신문', null],
      ['신문', 'short'],
    ]);
  });

  it('leaves a short form before its leader’s title, which is part of the title', () => {
    expect(texts('누리당은 밝혔다. 당 대표에 홍민이 뽑혔고 당은 환영했다.')).toEqual(['누리당', '당']);
  });

  it('ignores a short form with no full name before it', () => {
    expect(texts('신문은 통신과 당을 다뤘다.')).toEqual([]);
  });
});

describe('bylines and credits', () => {
  it('finds the outlet before a reporter and after a place', () => {
    expect(texts('[한빛경제=김하나 기자] 기사')).toEqual(['한빛경제']);
    expect(texts('(서울=누리뉴스) 기사')).toEqual(['누리뉴스']);
    expect(texts('[평양 노동신문=뉴스1]')).toEqual(['노동신문', '뉴스1']);
  });

  it('does not take a person credited with a photo', () => {
    expect(texts('사진 ⓒ김하나 기자')).toEqual([]);
    expect(texts('[워싱턴=김하나 특파원] 기사')).toEqual([]);
  });

  it('does not take the base of an index in brackets for an outlet', () => {
    expect(texts('물가지수는 116.2(2020=100)로 올랐다.')).toEqual([]);
  });

  it('finds the six organizations of the sample article', () => {
    const sample = readFileSync(new URL('../../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');
    const full = new Set(orgs(sample).filter((m) => !m.partial).map((m) => m.name));
    expect([...full].sort()).toEqual(['국가안보회의', '노동당', '노동신문', '뉴스1', '통일연구원', '헤럴드경제'].sort());
  });
});

describe('names a document defines', () => {
  it('finds an outlet named in a credit again in the text', () => {
    expect(texts('누리소식은 보도했다. ⓒ누리소식')).toEqual(['누리소식', '누리소식']);
  });
});
