// Companies and brands, outlets, sports clubs with their city or sponsor, and endings of firms and task forces.
import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

describe('companies, brands and outlets', () => {
  it('finds companies and brands of the lists', () => {
    expect(texts('이마트와 스타벅스, 루이비통이 매장을 늘린다.')).toEqual(['이마트', '스타벅스', '루이비통']);
    expect(texts('도쿄신문과 USA투데이가 전했다.')).toEqual(['도쿄신문', 'USA투데이']);
  });

  it('takes a group’s name and a line of business, abbreviated ones too (손보), but not the group’s word alone', () => {
    expect(texts('한화손보와 외환카드, 유진시멘트')).toEqual(['한화손보', '외환카드', '유진시멘트']);
    expect(texts('하나가 되어 동서가 만났다.')).toEqual([]);
  });

  it('takes a group’s Latin name before any Korean word', () => {
    expect(texts('AS로마는 AC밀란을 이겼다.')).toEqual(['AS로마', 'AC밀란']);
  });

  it('leaves social platforms, which news name as channels', () => {
    expect(texts('그는 유튜브와 페이스북에 글을 올렸다.')).toEqual([]);
  });
});

describe('companies by their legal form', () => {
  it('takes the word next to (주) or ㈜ as a company', () => {
    expect(texts('(주)누리테크는 밝혔다. ㈜한빛소프트가 만든 가람전자(주)의 제품')).toEqual(['누리테크', '한빛소프트', '가람전자']);
  });

  it('needs the mark right beside the word', () => {
    expect(texts('주(州)정부와 누리테크 주식')).toEqual([]);
  });
});

describe('armed and political groups', () => {
  it('finds groups of the list', () => {
    expect(texts('탈레반과 하마스는 성명을 냈다.')).toEqual(['탈레반', '하마스']);
  });
});

describe('sports clubs', () => {
  it('joins a club’s name to the city or sponsor before it', () => {
    expect(texts('시카고 컵스와 LA 다저스가 맞붙었다.')).toEqual(['시카고 컵스', 'LA 다저스']);
    expect(texts('롯데 자이언츠는 두산 베어스를 꺾었다.')).toEqual(['롯데 자이언츠', '두산 베어스']);
    expect(texts('인천 유나이티드는 이겼다.')).toEqual(['인천 유나이티드']);
  });

  it('leaves a club named like its city to the places', () => {
    expect(texts('뉴캐슬에서 열린 경기')).toEqual([]);
  });

  it('keeps the club’s name alone after other words', () => {
    expect(texts('올해 다저스는 우승했다.')).toEqual(['다저스']);
  });
});

describe('endings of firms, bodies and task forces', () => {
  it('takes names by their ending', () => {
    expect(texts('누리양행과 한빛어학원, 가람예술단')).toEqual(['누리양행', '한빛어학원', '가람예술단']);
    expect(texts('정부합동조사단과 재난대응팀이 현장에 갔다.')).toEqual(['정부합동조사단', '재난대응팀']);
  });

  it('leaves an ending on too short a stem', () => {
    expect(texts('영어학원에 다닌다.')).toEqual([]);
  });

  it('takes a subcommittee of a named body, not the common word', () => {
    expect(texts('유엔인권소위원회가 열렸다. 소위원회는 곧 끝났다.')).toEqual(['유엔인권소위원회']);
  });
});
