// Names joined to their title across a note in brackets, and anonymised people before a title.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a note in brackets between a name and its title', () => {
  it('joins the name to a title right after the note', () => {
    expect(brief('김을순(70) 씨가 왔다.')).toEqual(['김을순:김을순']);
    expect(brief('한지훈(62·구속기소) 전 한빛건설 대표로부터 돈을 받았다.')).toEqual(['한지훈:한지훈']);
    expect(brief('정다운(미래당) 의원이 발의했다.')).toEqual(['정다운:정다운']);
  });

  it('does not read a body glossed by capitals as part of a name', () => {
    expect(brief('마리 르펜 누리연합(NU) 의원단 대표는 말했다.')).toEqual([]);
  });

  it('reads a transliterated name glossed in Chinese characters', () => {
    expect(brief('다나카 하루토(田中陽翔) 일본 총리가 말했다.')[0]).toBe('다나카 하루토:다나카 하루토');
    expect(brief('보시라이(薄熙來) 전 충칭시 당서기가 왔다.')[0]).toBe('보시라이:보시라이(short)');
  });

  it('needs a title after the note', () => {
    expect(brief('한빛전자(005930)는 올랐다.')).toEqual([]);
    expect(brief('서울시(시청) 앞에 모였다.')).toEqual([]);
  });
});

describe('anonymised people', () => {
  it('keeps the surname of 모 before a title, past a note', () => {
    expect(brief('조모(29)씨는 고배를 마셨다.')).toEqual(['조:조모씨']);
    expect(brief('박모(54·여)씨가 기다렸다.')).toEqual(['박:박모씨']);
    expect(brief('행동대원 정모 (41) 씨를 붙잡았다.')).toEqual(['정:정모씨']);
    expect(brief('국정원 김모 과장이 구속됐다.')).toEqual(['김:김모 과장']);
  });

  it('keeps the letter of an anonymised person', () => {
    expect(brief('회사원 A(28·회사원)씨는 말했다.')).toEqual(['A:A씨']);
    expect(brief('환자 B(71·여) 씨를 돌봤다.')).toEqual(['B:B씨']);
    expect(brief('방송사에 다니는 K기자는 쉬었다.')).toEqual(['K:K기자']);
  });

  it('reads no one in a letter that ends a model name or stands before a counted word', () => {
    expect(brief('HBM3E 12단 제품을 공급한다.')).toEqual([]);
    expect(brief('A 3단 서랍장을 샀다.')).toEqual([]);
  });
});

describe('a name glossed in Chinese characters', () => {
  it('reads the characters as a short mention of the name before them', () => {
    expect(brief('다나카 하루토(田中陽翔) 일본 총리가 말했다.')).toEqual(['다나카 하루토:다나카 하루토', '田中陽翔:다나카 하루토(short)']);
    expect(brief('김덕수(金德洙·45)씨가 왔다.')).toEqual(['김덕수:김덕수', '金德洙:김덕수(short)']);
  });
});
