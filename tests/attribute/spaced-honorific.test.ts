// 씨 written apart from the name (김철수 씨는, 장 씨는, 이모(45) 씨는), as standard spacing and many
// outlets write it: the subject is the person, as with a glued 씨. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('a spaced 씨', () => {
  it('closes a subject after a full name and after a surname alone', () => {
    expect(said('김철수 씨는 "억울하다"고 말했다. 김 씨는 "끝까지 싸우겠다"고 했다.')).toEqual([
      ['억울하다', '김철수'],
      ['끝까지 싸우겠다', '김철수'],
    ]);
    expect(said('반면 장 씨는 "혐의를 인정한다"며 다른 진술을 했다.')).toEqual([['혐의를 인정한다', '장씨']]);
  });

  it('keeps an anonymised name with its letter, its age aside dropped', () => {
    expect(said('A 씨는 "기억이 없다"고 말했다.')).toEqual([['기억이 없다', 'A씨']]);
    expect(said('이모(45) 씨는 "무서웠다"고 말했다. 이 씨는 "다시는 없어야 한다"고 했다.')).toEqual([
      ['무서웠다', '이모씨'],
      ['다시는 없어야 한다', '이모씨'],
    ]);
  });
});

describe('a title glued to a full name', () => {
  it('names the person (김철수부장은), not a description', () => {
    expect(said('한빛백화점 김철수부장은 "매장을 늘린다"고 말했다.')).toEqual([['매장을 늘린다', '김철수']]);
  });

  it('leaves whole titles and bodies with a title alone (이사장은, 정부대변인은)', () => {
    expect(said('이사장은 "검토 중"이라고 말했다.')[0][1]).toBe('이사장');
  });
});

describe('a monk', () => {
  it('is named by the dharma name before 스님', () => {
    expect(said('한빛문화재단 이사장 무진 스님은 “정진하자”고 했다.')).toEqual([['정진하자', '무진']]);
  });
});
