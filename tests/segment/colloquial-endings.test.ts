// Colloquial, online and regional endings that close a sentence without punctuation in informal
// text (endings-informal.txt), and look-alikes that must not. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('colloquial endings in informal lines', () => {
  it('cuts after 해체 questions and exclamations', () => {
    expect(texts('너 밥 먹었니 아직 안 먹었으면 같이 가자')).toEqual(['너 밥 먹었니', '아직 안 먹었으면 같이 가자']);
    expect(texts('이게 뭐냐 진짜 웃기다')).toEqual(['이게 뭐냐', '진짜 웃기다']);
    expect(texts('벌써 봄이구나 꽃이 피었네')).toEqual(['벌써 봄이구나', '꽃이 피었네']);
    expect(texts('어제 영화 봤어 생각보다 재밌더라 다음엔 너도 볼래 표는 내가 살게')).toEqual([
      '어제 영화 봤어',
      '생각보다 재밌더라',
      '다음엔 너도 볼래',
      '표는 내가 살게',
    ]);
  });
  it('cuts after hearsay -대, suggestion -자 and -던데', () => {
    expect(texts('동생도 같이 먹는대 그럼 같이 먹자 거기 맛있던데 또 보자')).toEqual([
      '동생도 같이 먹는대',
      '그럼 같이 먹자',
      '거기 맛있던데',
      '또 보자',
    ]);
    expect(texts('시험 끝났대 이제 놀자 주말엔 좀 쉬자')).toEqual(['시험 끝났대', '이제 놀자', '주말엔 좀 쉬자']);
  });
  it('cuts after online spellings and noun-style endings', () => {
    expect(texts('이거 꼭 해보셈 진짜 좋아여 나도 몰랐당')).toEqual(['이거 꼭 해보셈', '진짜 좋아여', '나도 몰랐당']);
    expect(texts('왜 그런지 모름 그냥 힘듦 내일 다시 함')).toEqual(['왜 그런지 모름', '그냥 힘듦', '내일 다시 함']);
  });
  it('cuts after widely known regional endings', () => {
    expect(texts('니 지금 뭐하노 밥은 묵었나 퍼뜩 온나')).toEqual(['니 지금 뭐하노', '밥은 묵었나', '퍼뜩 온나']);
    expect(texts('그기 다 니 잘되라고 한기라 알겠나')).toEqual(['그기 다 니 잘되라고 한기라', '알겠나']);
    expect(texts('이게 뭐여 참말로 좋당께잉 한번 와보더라고')).toEqual(['이게 뭐여', '참말로 좋당께잉', '한번 와보더라고']);
  });
  it('does not cut at look-alikes: connectives and nouns', () => {
    expect(texts('노래를 부르길래 따라 불렀음')).toEqual(['노래를 부르길래 따라 불렀음']);
    expect(texts('껍질이 붙어있어 쫄깃함')).toEqual(['껍질이 붙어있어 쫄깃함']);
    expect(texts('케냐 여행 후기 올림')).toEqual(['케냐 여행 후기 올림']);
    expect(texts('요즘 인기라 줄이 김')).toEqual(['요즘 인기라 줄이 김']);
    expect(texts('덧셈 뺄셈 곱셈 다 배움')).toEqual(['덧셈 뺄셈 곱셈 다 배움']);
    expect(texts('그 후보자 공약은 별로임')).toEqual(['그 후보자 공약은 별로임']);
  });
});

describe('emoji in informal lines', () => {
  it('cuts after an emoji glued to a word, not after a heart or an emoji standing alone', () => {
    expect(texts('드디어 맛집 발견😍 다음 주에 또 갈 예정')).toEqual(['드디어 맛집 발견😍', '다음 주에 또 갈 예정']);
    expect(texts('오늘 🍕 먹으러 감')).toEqual(['오늘 🍕 먹으러 감']);
    expect(texts('엄마♡ 고마워요')).toEqual(['엄마♡ 고마워요']);
  });
  it('does not cut after an emoji in a formal line', () => {
    expect(texts('행사장 풍경😍 사진이 공개됐다.')).toHaveLength(1);
  });
});

describe('formal lines', () => {
  it('cuts after -십시오 but not after names in -시오', () => {
    expect(texts('잠시 기다려 주십시오 곧 시작합니다')).toEqual(['잠시 기다려 주십시오', '곧 시작합니다']);
    expect(texts('디오니시오 씨가 연주했다.')).toHaveLength(1);
  });
  it('keeps colloquial endings unused in a line with `다.`', () => {
    expect(texts('그가 뭐냐 물었다. 그는 답했다.')).toEqual(['그가 뭐냐 물었다.', '그는 답했다.']);
  });
});
