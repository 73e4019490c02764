// Session 7: sentence ends from the speech-level paradigm (paradigm.tsv) and the look-alikes it must
// leave alone. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { PARADIGM } from '../../src/segment/paradigm.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('speech-level paradigm', () => {
  it('cuts after plain and polite endings on a past or future stem', () => {
    expect(texts('벌써 다 끝났구려 이제 어쩌겠소')).toEqual(['벌써 다 끝났구려', '이제 어쩌겠소']);
    expect(texts('그때 미리 말했어야지 왜 가만히 있었느냐')).toEqual(['그때 미리 말했어야지', '왜 가만히 있었느냐']);
    expect(texts('내일은 비가 오겠으려나 우산 챙겨')).toEqual(['내일은 비가 오겠으려나', '우산 챙겨']);
    expect(texts('그 사람 진짜 왔단다 너도 들었지')).toEqual(['그 사람 진짜 왔단다', '너도 들었지']);
    expect(texts('제가 직접 확인했습디다 틀림없어요')).toEqual(['제가 직접 확인했습디다', '틀림없어요']);
  });
  it('cuts after the honorific 시 and its fused forms', () => {
    expect(texts('할머니 진지 드시지 국 식어요')).toEqual(['할머니 진지 드시지', '국 식어요']);
    expect(texts('선생님 오늘 일찍 오시네 무슨 일 있으신가')).toEqual(['선생님 오늘 일찍 오시네', '무슨 일 있으신가']);
    expect(texts('커피 한 잔 하실래 제가 살게요')).toEqual(['커피 한 잔 하실래', '제가 살게요']);
    expect(texts('아버지가 내일 오신대 같이 마중 나가자')).toEqual(['아버지가 내일 오신대', '같이 마중 나가자']);
    expect(texts('잔디에 들어가지 마시오 벌금이 있음')).toEqual(['잔디에 들어가지 마시오', '벌금이 있음']);
  });
  it('cuts after endings on the stems of 하다 and 되다', () => {
    expect(texts('요즘 운동은 좀 하냐 살 빠졌더라')).toEqual(['요즘 운동은 좀 하냐', '살 빠졌더라']);
    expect(texts('이번엔 합격 되려나 너무 떨려')).toEqual(['이번엔 합격 되려나', '너무 떨려']);
    expect(texts('그 집 장사 참 잘하더라구 손님이 줄을 섰어')).toEqual(['그 집 장사 참 잘하더라구', '손님이 줄을 섰어']);
    expect(texts('이거 진짜 될까 걱정이야')).toHaveLength(1); // -ㄹ까 before a word of doubt goes on
  });
  it('cuts after online respellings', () => {
    expect(texts('오늘 택배 왔당 너무 예쁨')).toEqual(['오늘 택배 왔당', '너무 예쁨']);
    expect(texts('드디어 주문했어용 빨리 왔으면')).toEqual(['드디어 주문했어용', '빨리 왔으면']);
    expect(texts('잘 먹겠슴다 감사함다')).toEqual(['잘 먹겠슴다', '감사함다']);
    expect(texts('그건 내가 했징 너는 구경만 했잖아')).toEqual(['그건 내가 했징', '너는 구경만 했잖아']);
    expect(texts('이따 연락할께용 기다려')).toEqual(['이따 연락할께용', '기다려']);
    expect(texts('그건 좀 그렇쟎아 다시 생각해봐')).toEqual(['그건 좀 그렇쟎아', '다시 생각해봐']);
  });
  it('cuts after widely known regional forms', () => {
    expect(texts('요새 바쁘십니꺼 얼굴 보기 힘드네')).toEqual(['요새 바쁘십니꺼', '얼굴 보기 힘드네']);
    expect(texts('내일은 비 오것다 빨래 걷어라')).toEqual(['내일은 비 오것다', '빨래 걷어라']);
    expect(texts('그거 내 거여 손대지 마라')).toEqual(['그거 내 거여', '손대지 마라']);
  });
  it('leaves nouns and connectives that end like a generated form whole', () => {
    expect(texts('우리 시대 최고의 가수 공연 후기')).toHaveLength(1);
    expect(texts('도내 시군 단체장 회의 열림')).toHaveLength(1);
    expect(texts('사과 하나 배 두 개 샀음')).toHaveLength(1);
    expect(texts('차 한대 더 사려고 알아보는 중')).toHaveLength(1);
    expect(texts('봄이 되자 꽃이 피었음')).toHaveLength(1);
    expect(texts('열심히 하게 되면 좋겠음')).toHaveLength(1);
    expect(texts('그는 루시오 씨와 카시오 시계를 샀음')).toHaveLength(1);
    expect(texts('문자 메시지 보냄')).toEqual(['문자 메시지 보냄']);
    expect(texts('후쿠다 전 총리 방한 허용 범위 논란')).toHaveLength(1);
    expect(texts('나카노 감독 인터뷰 공개')).toHaveLength(1);
    expect(texts('케이크를 나누고 사진을 찍음')).toHaveLength(1);
    expect(texts('들킬까봐 조용히 숨었음')).toHaveLength(1);
    expect(texts('드디어 주인공이 돼 기쁨')).toHaveLength(1);
  });
  it('keeps formal lines whole where an informal form is only a look-alike', () => {
    // plain -다 forms stay unsplit in a formal line unless an opener follows
    expect(texts('정부는 했다고 밝혔다. 그는 왔느냐 물었다.')).toEqual(['정부는 했다고 밝혔다.', '그는 왔느냐 물었다.']);
  });
  it('lists each suffix in the trie format', () => {
    for (const [suffix] of PARADIGM) expect(suffix).toMatch(/^\^?[ㄱ-ㅎ]?[가-힣]+$/);
  });
});

describe('해체 -어/-아', () => {
  it('cuts after -어/-아 on the commonest predicates', () => {
    expect(texts('나 오늘 너무 피곤해 일찍 잘래')).toEqual(['나 오늘 너무 피곤해', '일찍 잘래']);
    expect(texts('너 요즘 뭐해 연락 좀 해')).toEqual(['너 요즘 뭐해', '연락 좀 해']);
    expect(texts('미안해 내가 잘못했어')).toEqual(['미안해', '내가 잘못했어']);
    expect(texts('이거 한번 먹어봐 진짜 맛있어')).toEqual(['이거 한번 먹어봐', '진짜 맛있어']);
    expect(texts('정말 고마워요 덕분에 살았어요')).toEqual(['정말 고마워요', '덕분에 살았어요']);
  });
  it('goes on before an auxiliary verb and leaves nouns and vocatives in -어/-아 alone', () => {
    expect(texts('좋아 보여 부럽다')).toHaveLength(1);
    expect(texts('엄마가 반찬 싸 줘서 들고 왔음')).toHaveLength(1);
    expect(texts('동생이 많이 아파 보여')).toHaveLength(1);
    expect(texts('밥을 먹어 버렸어')).toHaveLength(1);
    expect(texts('영어 공부 다시 시작함')).toHaveLength(1);
    expect(texts('민정아 밥 먹자')).toHaveLength(1);
    expect(texts('그래 왜 그랬어')).toHaveLength(1);
    expect(texts('현장 찾아 주민 위로 2세트 들어 반격 시작')).toHaveLength(1);
    expect(texts('실수로 공을 놓쳐 결국 연장전 승부를 못해 아쉽게 짐')).toHaveLength(1);
    expect(texts('잘 먹었습니다 하하 다음에 또 올게요')).toEqual(['잘 먹었습니다 하하', '다음에 또 올게요']);
  });
});

describe('more regional and colloquial forms', () => {
  it('cuts after 경상 -제/-나/-예, 충청 -여/-댜, 전라 -씨요 and -ㄹ래/-니 on common stems', () => {
    expect(texts('그거 맞제 내 말이 맞다 아이가')).toEqual(['그거 맞제', '내 말이 맞다 아이가']);
    expect(texts('밥은 묵나 같이 무라')).toEqual(['밥은 묵나', '같이 무라']);
    expect(texts('그기 내 거여 건들지 마')).toEqual(['그기 내 거여', '건들지 마']);
    expect(texts('어제 비가 엄청 왔댜 몰랐지')).toEqual(['어제 비가 엄청 왔댜', '몰랐지']);
    expect(texts('천천히 드시씨요 많이 있응께')).toEqual(['천천히 드시씨요', '많이 있응께']);
    expect(texts('나 먼저 잘래 너무 졸려')).toEqual(['나 먼저 잘래', '너무 졸려']);
    expect(texts('거기 날씨 좋니 여긴 비 와')).toEqual(['거기 날씨 좋니', '여긴 비 와']);
  });
  it('leaves idioms and nouns alone', () => {
    expect(texts('피곤해서 그런가 계속 졸림')).toHaveLength(1);
    expect(texts('아이가 울어서 깼음')).toHaveLength(1);
    expect(texts('사업 인가 절차 진행 중')).toHaveLength(1);
  });
});

describe('regional forms, second pass', () => {
  it('cuts after 경상 -뿟다/-뿌라, -라카이, -는기가 and 전라 -잉, 충청 -랴', () => {
    expect(texts('벌써 다 묵어뿟다 우짜노')).toEqual(['벌써 다 묵어뿟다', '우짜노']);
    expect(texts('그기 아이라카이 와 자꾸 그라노')).toEqual(['그기 아이라카이', '와 자꾸 그라노']);
    expect(texts('니 지금 뭐 하는기가 퍼뜩 온나')).toEqual(['니 지금 뭐 하는기가', '퍼뜩 온나']);
    expect(texts('이거 참말로 좋다잉 또 오자')).toEqual(['이거 참말로 좋다잉', '또 오자']);
    expect(texts('그 사람이 뭐랴 나는 몰러')).toEqual(['그 사람이 뭐랴', '나는 몰러']);
  });
  it('cuts after 제주 -ㅁ수다/-ㅂ서/-쿠다, 충청 -능겨, 강원 -드래, 경상 누고', () => {
    expect(texts('어드레 감수다 혼저 옵서')).toEqual(['어드레 감수다', '혼저 옵서']);
    expect(texts('경 허지 맙서 나도 가쿠다')).toEqual(['경 허지 맙서', '나도 가쿠다']);
    expect(texts('뭐 하능겨 얼른 와')).toEqual(['뭐 하능겨', '얼른 와']);
    expect(texts('그 사람 그랬드래 몰랐잖소')).toEqual(['그 사람 그랬드래', '몰랐잖소']);
    expect(texts('니 누고 처음 보는데')).toEqual(['니 누고', '처음 보는데']);
  });
  it('cuts after 경상 -라카노/온나, 충청 되유/없슈, 아니여', () => {
    expect(texts('니 우짤라카노 퍼뜩 온나 같이 가자')).toEqual(['니 우짤라카노', '퍼뜩 온나', '같이 가자']);
    expect(texts('천천히 혀도 되유 급할 거 하나도 없슈 밥 먹고 가유')).toEqual(['천천히 혀도 되유', '급할 거 하나도 없슈', '밥 먹고 가유']);
    expect(texts('그거 아니여 다시 혀')).toEqual(['그거 아니여', '다시 혀']);
  });
  it('leaves the leaflet 삐라, 인기가 and 입소 alone', () => {
    expect(texts('훈련소 입소 첫날 소감')).toHaveLength(1);
    expect(texts('대북 삐라 살포 중단 요구')).toHaveLength(1);
    expect(texts('요즘 그 가수 인기가 대단함')).toHaveLength(1);
  });
});
