// Ranks, trades and old forms of address after a surname, spaced or written together.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('surnames with ranks and old titles', () => {
  it('reads a rank or trade written onto a surname', () => {
    expect(brief('박형사는 골목으로 뛰어갔다.')).toEqual(['박:박 형사(surname)']);
    expect(brief('그날 밤 김일병이 보초를 섰다.')).toEqual(['김:김 일병(surname)']);
    expect(brief('이도령은 편지를 읽었다.')).toEqual(['이:이 도령(surname)']);
  });

  it('reads 남 and 여 as surnames before a title that takes no sex prefix', () => {
    expect(brief('남경사는 서류를 덮었다.')).toEqual(['남:남 경사(surname)']);
    expect(brief('경찰은 남씨를 검거했다.')).toEqual(['남:남 씨(surname)']);
    expect(brief('여교수 모임이 열렸다.')).toEqual([]);
  });

  it('reads a title with 님 written onto a surname', () => {
    expect(brief('민선생님이 교실로 들어왔다.')).toEqual(['민:민 선생(surname)']);
  });

  it('reads an old title after a spaced surname', () => {
    expect(brief('허 생원은 장터로 나섰다.')).toEqual(['허:허 생원(surname)']);
    expect(brief('어제 최 선장이 돌아왔다.')).toEqual(['최:최 선장(surname)']);
  });

  it('reads a title with 측 written onto it', () => {
    expect(brief('안 의원측도 찬성했다.')).toEqual(['안:안 의원(surname)']);
  });

  it('reads a title before the copula, a stacked particle or the honorific 님', () => {
    expect(brief('이 말의 원조는 백 장군이다.')).toEqual(['백:백 장군(surname)']);
    expect(brief('그는 석주원 회장에게까지 알렸다.')).toEqual(['석주원:석주원']);
    expect(brief('노태식 회장님은 웃었다.')).toEqual(['노태식:노태식']);
  });

  it('leaves common words built the same way alone', () => {
    expect(brief('석박사 학위를 받았다.')).toEqual([]);
    expect(brief('민형사 소송을 냈다.')).toEqual([]);
    expect(brief('기대감이 커졌다.')).toEqual([]);
    expect(brief('서방 국가들이 반발했다.')).toEqual([]);
  });

  it('takes no surname after a closing quotation mark, nor 두 (two) alone', () => {
    expect(brief("'희망'은 실행위원의 활동을 돕는다.")).toEqual([]);
    expect(brief('두 후보는 토론했다.')).toEqual([]);
    expect(brief('그는 "정 전 비서관은 억울해한다"고 말했다.')).toEqual(['정:정 전 비서관(surname)']);
  });

  it('takes no surname written onto a letter, nor a department before a title', () => {
    expect(brief('B호 선장은 구속됐다.')).toEqual([]);
    expect(brief('강력계 소속 형사 10명이 출동했다.')).toEqual([]);
  });
});
