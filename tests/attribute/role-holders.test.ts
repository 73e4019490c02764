// A kin or court role as the subject (동생은, 어머니는, 재판장은 “…”) is the person the text gave that role to.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { speakers } from './helpers.js';

describe('a role as the subject', () => {
  it('is the anonymised person named right after the role', () => {
    const text = '숨진 이모(34)씨의 동생 김모(31)씨는 법정에 나왔다. 동생은 "형은 억울하게 죽었다"고 말했다.';
    expect(speakers(text)).toEqual([['형은 억울하게 죽었다', '김모씨']]);
  });

  it('is the named person, also inside a bracket with a title after the name', () => {
    const mother = '피해자의 어머니 박순자(62)씨가 증언대에 섰다. 어머니는 "아들을 돌려달라"며 울먹였다.';
    expect(speakers(mother)).toEqual([['아들을 돌려달라', '박순자']]);
    const judge = '재판은 형사12부(재판장 정해진 부장판사) 심리로 열렸다. 재판장은 "반성하지 않았다"고 말했다.';
    expect(speakers(judge)).toEqual([['반성하지 않았다', '정해진']]);
  });

  it('is the person the text says takes the role (주심은 … 심판이 맡았다), not one who takes it later', () => {
    expect(speakers('이날 주심은 최민수 심판이 맡았다. 경기 뒤 주심은 "판정은 정확했다"고 설명했다.')).toEqual([['판정은 정확했다', '최민수']]);
    expect(speakers('주심은 "판정은 정확했다"고 설명했다. 다음 경기 주심은 최민수 심판이 맡는다.')).toEqual([['판정은 정확했다', '주심']]);
  });

  it('is a surname with 씨 as the article writes it', () => {
    const text = '피해자의 남편 김씨는 조사를 받았다. 남편은 "아내를 지키지 못했다"고 말했다.';
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual(['김씨']);
  });

  it('is nobody named when the role was never given to a name', () => {
    expect(speakers('동생은 "형은 억울하게 죽었다"고 말했다.')).toEqual([['형은 억울하게 죽었다', '동생']]);
  });
});

describe('a full name with an age aside and 씨 glued on', () => {
  it('names the speaker even when no recognizer found it', () => {
    expect(speakers('하윤양의 어머니 정미란(38)씨는 "아이가 자랐다"고 말했다.')).toEqual([['아이가 자랐다', '정미란']]);
  });
});
