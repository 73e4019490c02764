// Session 8: the 해체 -어/-아 of any predicate ends an informal sentence only before a word that opens
// one (근데, 나는, 벌써, 왜), as it is as often the connective -어(서). Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { isWeakFinal } from '../../src/segment/weak-finals.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);
const weak = (word: string): boolean => isWeakFinal(word, 0, word.length);

describe('weakly final -어/-아', () => {
  it('knows the 해체 forms from nouns and particles that end alike', () => {
    for (const w of ['먹어', '없어', '같아', '깨워', '편해', '졸려', '멋져', '안돼']) expect(weak(w), w).toBe(true);
    for (const w of ['올해', '소녀', '하며', '하여', '이거', '친구와', '엄마', '영화', '해', '영어', '단어', '광어']) expect(weak(w), w).toBe(false);
  });
  it('ends a sentence before a conjunction, a pronoun, a question word or 벌써', () => {
    expect(texts('알람이 필요 없어 근데 가끔은 더 자고 싶어')).toEqual(['알람이 필요 없어', '근데 가끔은 더 자고 싶어']);
    expect(texts('운동화가 너무 편해 나도 하나 살까')).toEqual(['운동화가 너무 편해', '나도 하나 살까']);
    expect(texts('이 가방 예쁘게 생겼어 어디서 샀어')).toEqual(['이 가방 예쁘게 생겼어', '어디서 샀어']);
  });
  it('reads -지, -야, -네 on unlisted words the same way', () => {
    expect(texts('이 시간에 라면은 반칙이지 근데 먹을 거임')).toEqual(['이 시간에 라면은 반칙이지', '근데 먹을 거임']);
    expect(texts('지금 몇 시야 벌써 새벽 두 시')).toEqual(['지금 몇 시야', '벌써 새벽 두 시']);
    expect(texts('여기까지 나도 왔어')).toHaveLength(1);
    expect(texts('편지 받았어')).toHaveLength(1);
  });
  it('reads 중, 생각, 계획 after an adnominal word the same way', () => {
    expect(texts('여행 가방 싸는 중 뭘 챙겨야 할지 모르겠어')).toEqual(['여행 가방 싸는 중', '뭘 챙겨야 할지 모르겠어']);
    expect(texts('밥 먹는 중 전화가 왔어')).toHaveLength(1);
  });
  it('goes on before other words, an auxiliary, or the quotative', () => {
    expect(texts('돈 모아 차 샀어')).toHaveLength(1);
    expect(texts('친구 불러 같이 먹었어')).toHaveLength(1);
    expect(texts('문 좀 열어 봐')).toHaveLength(1);
    expect(texts('주말에 집에 놀러 찾아 와 같이 밥 먹자')).toHaveLength(1);
  });
  it('leaves a vocative opening the sentence alone', () => {
    expect(texts('민정아 나 배고파')).toEqual(['민정아 나 배고파']);
    expect(texts('밥 먹었어 얘들아 우리 가자')).toEqual(['밥 먹었어', '얘들아 우리 가자']);
  });
  it('is not used in formal text', () => {
    expect(texts('그는 돈을 모아 그리고 집을 샀다.')).toHaveLength(1);
  });
});

describe('speech level of the line', () => {
  it('reads a 해체 -어 inside a line that ends politely as the connective', () => {
    expect(texts('엄마가 해 준 김치찌개가 먹고 싶어 집에 가는 길에 장을 봐서 끓여 봤어요')).toHaveLength(1);
    expect(texts('강아지가 아파 병원에 데려갔는데 다행히 괜찮대요')).toHaveLength(1);
    expect(texts('점심 먹고 졸려 커피를 마셨습니다')).toHaveLength(1);
  });
  it('still ends it before a clause opener, and in a line that ends in 반말', () => {
    expect(texts('너무 졸려 근데 할 일이 남았어요')).toEqual(['너무 졸려', '근데 할 일이 남았어요']);
    expect(texts('강아지가 아파 병원 가야 할 듯')).toEqual(['강아지가 아파', '병원 가야 할 듯']);
  });
});

describe('headlines of an article', () => {
  it('read a 해체 -어 as the connective, as headlines run clauses together', () => {
    expect(texts('배 아파 병원 찾은 환자 급증\n정부는 대책을 내놨다.')).toEqual(['배 아파 병원 찾은 환자 급증', '정부는 대책을 내놨다.']);
  });
  it('but not the unpunctuated lines of a post with no article body', () => {
    expect(texts('오늘 너무 추워 밖에 나가기 싫다\n#겨울')).toEqual(['오늘 너무 추워', '밖에 나가기 싫다', '#겨울']);
  });
});

describe('the question -ㄴ가 in a polite line', () => {
  it('is not read as a 해체 -어 form', () => {
    expect(texts('이게 맞는가 잘 모르겠네요')).toEqual(['이게 맞는가', '잘 모르겠네요']);
  });
});
