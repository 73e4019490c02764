// Errors found on invented articles in session 9: clubs named after their home city and owner company
// with a space (전북 현대, 울산 HD), capitals that abbreviate a zone, an industry read as an airline,
// foreign ministries, and a job title read as an outlet.
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/recognize/index.js';
import { segment } from '../../../src/segment/index.js';
import { texts } from './helpers.js';

describe('a city and its club’s owner company', () => {
  it('are one organization before a particle or the end of the phrase', () => {
    expect(texts('프로축구 전북 현대가 울산 HD를 꺾었다.')).toEqual(['전북 현대', '울산 HD']);
    expect(texts('서울 삼성은 부산 KCC와 맞붙는다.')).toEqual(['서울 삼성', '부산 KCC']);
    expect(texts('광주 KIA, 창원 NC가 이겼다.')).toEqual(['광주 KIA', '창원 NC']);
  });

  it('win over the city read as a place', () => {
    const e = recognize(segment('프로축구 전북 현대가 이겼다.'), null).entities;
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(['ORG:전북 현대']);
  });

  it('are no club after a country, before another noun or in a dateline', () => {
    expect(texts('미국 GM은 밝혔다.')).toEqual(['GM']);
    expect(texts('울산 현대 공장이 멈췄다.')).not.toContain('울산 현대');
    expect(texts('(서울 KT=연합뉴스) 기자')).not.toContain('서울 KT');
    expect(texts('강남구 삼성은 없다.')).not.toContain('강남구 삼성');
  });
});

describe('capitals after a zone', () => {
  it('name no body', () => {
    expect(texts('미사일이 배타적경제수역(EEZ) 밖에 떨어졌다.')).toEqual([]);
    expect(texts('방공식별구역(KADIZ)에 진입했다.')).toEqual([]);
  });
});

describe('an industry named with 항공', () => {
  it('is no airline', () => {
    expect(texts('우주항공 산업 중심지로 키우겠다. 항공우주 분야')).toEqual([]);
  });
});

describe('foreign ministries', () => {
  it('are known by name', () => {
    expect(texts('레바논 보건부는 최소 30명이 숨졌다고 발표했다.')).toEqual(['보건부']);
    expect(texts('일본 후생노동성은 밝혔다.')).toEqual(['후생노동성']);
  });
});

describe('an outlet named like a job title', () => {
  it('is the title after a rank', () => {
    expect(texts('골드만삭스의 후이 샨 수석 이코노미스트는 말했다.')).toEqual(['골드만삭스']);
    expect(texts('영국 이코노미스트는 보도했다.')).toEqual(['이코노미스트']);
  });
});

describe('a club’s city after the club', () => {
  const kinds = (text: string) => recognize(segment(text), null).entities.map((e) => `${e.type}:${e.name}:${e.mentions.map((m) => m.text).join(',')}`);

  it('is the club as subject, object, owner or before its staff', () => {
    expect(kinds('전북 현대가 울산 HD를 꺾었다. 전북은 울산을 2-1로 이겼다. 거스 포옛 전북 감독은 웃었다.')).toEqual([
      'ORG:전북 현대:전북 현대,전북,전북',
      'ORG:울산 HD:울산 HD,울산',
      'PERSON:거스 포옛:거스 포옛',
    ]);
  });

  it('is the city before a place’s particle or another noun', () => {
    expect(kinds('울산 HD가 이겼다. 선수단은 울산으로 돌아갔다. 울산 시민들은 환호했다.')).toEqual(['ORG:울산 HD:울산 HD', 'PLACE:울산:울산,울산']);
  });
});
