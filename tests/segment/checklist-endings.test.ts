// Session 8: informal endings from a conjugation checklist (every speech level of a few common
// predicates), each with the look-alike that must not end a sentence. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('해체 -어/-아 of feelings and states', () => {
  it('ends a chat line', () => {
    expect(texts('오늘 너무 추워 밖에 나가기 싫다')).toEqual(['오늘 너무 추워', '밖에 나가기 싫다']);
    expect(texts('이거 진짜 맛있어 너도 먹어 봐')).toEqual(['이거 진짜 맛있어', '너도 먹어 봐']);
    expect(texts('엄마 보고 싶어 집에 가고 싶다')).toEqual(['엄마 보고 싶어', '집에 가고 싶다']);
    expect(texts('나 그 사람 몰라 처음 들어')).toEqual(['나 그 사람 몰라', '처음 들어']);
  });
  it('goes on before an auxiliary, a clause of degree or a negation', () => {
    expect(texts('너무 추워 얼어 죽을 뻔')).toHaveLength(1);
    expect(texts('요즘 너무 바빠 쓰러질 것 같아')).toHaveLength(1);
    expect(texts('너무 졸려 못 참겠어')).toHaveLength(1);
    expect(texts('이거 맛있어 보여')).toHaveLength(1);
    expect(texts('집에 가고 싶어 하는 사람')).toHaveLength(1);
  });
});

describe('-이야, -ㄴ가, and forms after 받침 ㅎ', () => {
  it('ends at the copula -이야 after a 받침', () => {
    expect(texts('나 지금 집이야 이따 연락할게')).toEqual(['나 지금 집이야', '이따 연락할게']);
    expect(texts('그게 무슨 상관이야 네 일이나 해')).toEqual(['그게 무슨 상관이야', '네 일이나 해']);
  });
  it('reads (이)야 before a -지 predicate as the topic particle', () => {
    expect(texts('돈이야 많지')).toHaveLength(1);
    expect(texts('그거야 당연하지')).toHaveLength(1);
  });
  it('ends at the question -ㄴ가 after 이, 하, -은', () => {
    expect(texts('뉴스 실화인가 믿기지가 않네')).toEqual(['뉴스 실화인가', '믿기지가 않네']);
    expect(texts('이거 나만 불편한가 기사님이 너무 빨리 달림')).toEqual(['이거 나만 불편한가', '기사님이 너무 빨리 달림']);
    expect(texts('자네 요즘 어떤가 나는 잘 지내네')).toEqual(['자네 요즘 어떤가', '나는 잘 지내네']);
  });
  it('goes on at an embedded -ㄴ가 and at the nouns 인가, 한가', () => {
    expect(texts('이 조건이면 충분한가 모르겠네')).toHaveLength(1);
    expect(texts('어디 아픈가 보다')).toHaveLength(1);
    expect(texts('신청 후 인가 받음')).toHaveLength(1);
  });
  it('ends at -대, -소, -네 after 받침 ㅎ, which closes only predicate stems', () => {
    expect(texts('거기 음식이 좋대 다음에 가 보자')).toEqual(['거기 음식이 좋대', '다음에 가 보자']);
    expect(texts('날씨가 참 좋소 산책이나 갑시다')).toEqual(['날씨가 참 좋소', '산책이나 갑시다']);
    expect(texts('눈이 오니 온통 하얗네 사진 찍어야지')).toEqual(['눈이 오니 온통 하얗네', '사진 찍어야지']);
  });
});

describe('honorific and compound nominal endings', () => {
  it('ends at -심 and at the -남 of 나다 compounds', () => {
    expect(texts('사장님이 친절하심 또 갈 거임')).toEqual(['사장님이 친절하심', '또 갈 거임']);
    expect(texts('생각만 해도 화남 진짜 너무함')).toEqual(['생각만 해도 화남', '진짜 너무함']);
    expect(texts('회의 끝남 이제 퇴근')).toEqual(['회의 끝남', '이제 퇴근']);
  });
  it('does not end at a place name in -남', () => {
    expect(texts('어제 강남 가서 밥 먹음')).toHaveLength(1);
  });
  it('does not read the connective -어야지 as an end', () => {
    expect(texts('돈을 모아야지 여행을 가지')).toHaveLength(1);
  });
});

describe('-네 on open stems and 명사형 -음 of degree', () => {
  it('ends at -네 after 르, 우, 지 stems but not at the bare nouns', () => {
    expect(texts('생각보다 빠르네 벌써 도착했어')).toEqual(['생각보다 빠르네', '벌써 도착했어']);
    expect(texts('오늘 진짜 추우네 옷 따뜻하게 입어')).toEqual(['오늘 진짜 추우네', '옷 따뜻하게 입어']);
    expect(texts('화장실에 지네 나왔어')).toHaveLength(1);
  });
  it('ends at -음 of adjectives of degree and -듦, -어남, not at everyday nouns in -음', () => {
    expect(texts('화면이 생각보다 작음 그래도 가볍고 좋음')).toEqual(['화면이 생각보다 작음', '그래도 가볍고 좋음']);
    expect(texts('체중이 또 늘어남 다이어트 해야지')).toEqual(['체중이 또 늘어남', '다이어트 해야지']);
    expect(texts('김치볶음 먹었음')).toHaveLength(1);
  });
});

describe('plain -다 of adjectives', () => {
  it('ends at adjectives whose plain -다 is their declarative, not at a verb in -다(가)', () => {
    expect(texts('여기 커피 너무 비싸다 다른 데 가자')).toEqual(['여기 커피 너무 비싸다', '다른 데 가자']);
    expect(texts('집까지 너무 멀다 택시 타자')).toEqual(['집까지 너무 멀다', '택시 타자']);
    expect(texts('밥 먹다 전화 받았어')).toHaveLength(1);
  });
});

describe('-ㄹ게 and 할 게', () => {
  it('ends at -ㄹ게 after 하, -을 and common stems', () => {
    expect(texts('이따 연락할게 먼저 씻을게')).toEqual(['이따 연락할게', '먼저 씻을게']);
    expect(texts('이제 나가자 늦었어')).toEqual(['이제 나가자', '늦었어']);
  });
  it('goes on when it is 할 게 with the space left out', () => {
    expect(texts('오늘은 할게 없어')).toHaveLength(1);
    expect(texts('냉장고에 먹을게 하나도 없네')).toHaveLength(1);
  });
});

describe('the connective -게 of stems in ㄹ', () => {
  it('does not end at 잘게, 살게', () => {
    expect(texts('양파를 잘게 썬다')).toHaveLength(1);
    expect(texts('서울에서 살게 됐어')).toHaveLength(1);
  });
});

describe('하오체 and 하게체', () => {
  it('ends at -소 after ㅈ, -오 after 하 and the copula -ㄹ세, not at 젖소 or 월세', () => {
    expect(texts('여보 당신 오늘 늦소 저녁은 어찌하오')).toEqual(['여보 당신 오늘 늦소', '저녁은 어찌하오']);
    expect(texts('이보게 이건 아닐세 다시 생각해 보게')).toEqual(['이보게 이건 아닐세', '다시 생각해 보게']);
    expect(texts('목장 젖소 구경함')).toHaveLength(1);
    expect(texts('이번 달 월세 냈음')).toHaveLength(1);
  });
});
