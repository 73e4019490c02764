// Session 7: informal sentences closed by a bound noun after an adnominal word (nominal-ends.ts),
// the quotative 하다/카다 after a quoted end, and nominal ends of ㅂ-irregular adjectives. Invented.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('nominal sentence ends', () => {
  it('cuts after 듯, 느낌, 예정, 따름 after an adnominal word', () => {
    expect(texts('오늘 비 올 듯 우산 챙겨')).toEqual(['오늘 비 올 듯', '우산 챙겨']);
    expect(texts('노을 보니까 마음이 편해지는 느낌 다음에 또 와야지')).toEqual(['노을 보니까 마음이 편해지는 느낌', '다음에 또 와야지']);
    expect(texts('택배 내일 도착할 예정 기다리는 중')).toEqual(['택배 내일 도착할 예정', '기다리는 중']);
    expect(texts('그저 감사할 따름 앞으로도 잘 부탁해')).toEqual(['그저 감사할 따름', '앞으로도 잘 부탁해']);
  });
  it('leaves them alone before a predicate, after a plain noun, and in formal text', () => {
    expect(texts('갈 예정 없음')).toHaveLength(1);
    expect(texts('그런 느낌 아니야')).toHaveLength(1);
    expect(texts('출시 예정 제품 목록 공개')).toHaveLength(1);
    expect(texts('잘 풀리는 듯 하다가 결국 막힘')).toHaveLength(1);
    expect(texts('비가 올 듯 말 듯 애매함')).toHaveLength(1);
    expect(texts('사진 느낌 좋음 가을 느낌 물씬')).toEqual(['사진 느낌 좋음', '가을 느낌 물씬']);
    expect(texts('관련 각 부처 협의 중')).toHaveLength(1);
    expect(texts('그는 내년에 출마할 예정 이라고 말했다. 이어 회견을 마쳤다.')).toHaveLength(2);
  });
  it('keeps a quotation without 고 with the quotative 하다 or 경상 카다 after it', () => {
    expect(texts('동생이 왜 안 오냐 하길래 금방 간다 했음')).toHaveLength(1);
    expect(texts('선배가 괜찮다 하더니 결국 화냄')).toHaveLength(1);
    expect(texts('내일 비 온다 카더라')).toHaveLength(1);
  });
  it('cuts after the nominal ends of ㅂ-irregular adjectives and 경상 -노 questions', () => {
    expect(texts('화면이 생각보다 어두움 그래도 쓸 만함')).toEqual(['화면이 생각보다 어두움', '그래도 쓸 만함']);
    expect(texts('국물이 좀 싱거움 소금 추가함')).toEqual(['국물이 좀 싱거움', '소금 추가함']);
    expect(texts('니 지금 뭐 묵노 같이 묵자')).toEqual(['니 지금 뭐 묵노', '같이 묵자']);
    expect(texts('살다 보면 어려움 없는 사람 없음')).toHaveLength(1);
  });
});

describe('typed ellipsis after a complete word', () => {
  it('ends an informal sentence after a word that needs nothing after it', () => {
    expect(texts('내가 더 잘한다고 개뿔... 너나 잘해')).toEqual(['내가 더 잘한다고 개뿔...', '너나 잘해']);
    expect(texts('그 영화 솔직히 비추.. 시간 아까움')).toEqual(['그 영화 솔직히 비추..', '시간 아까움']);
  });
  it('goes on after particles, connectives, adverbs, one-syllable words and the typeset …', () => {
    expect(texts('냉장고를 열면 남은 건... 김치밖에 없음')).toHaveLength(1);
    expect(texts('손이 느려서... 자주는 못하지만... 재밌음')).toHaveLength(1);
    expect(texts('정말... 좋았음')).toHaveLength(1);
    expect(texts('음... 글쎄 잘 모르겠음')).toHaveLength(1);
    expect(texts('주전 선수 부상… 구단 비상')).toHaveLength(1);
  });
});

describe('words that show a final-looking word goes on', () => {
  it('keeps alternatives and quoted questions without 고 whole', () => {
    expect(texts('갈까 말까 고민 중')).toHaveLength(1);
    expect(texts('먹을래 말래 빨리 정해')).toHaveLength(1);
    expect(texts('했네 어쩌네 말이 많음')).toHaveLength(1);
    expect(texts('엄마가 밥 먹었냐 물어봄')).toHaveLength(1);
  });
  it('still cuts before a conjunction that opens the next sentence', () => {
    expect(texts('문이 열리는 거야 그러더니 누가 들어옴')).toEqual(['문이 열리는 거야', '그러더니 누가 들어옴']);
  });
});
