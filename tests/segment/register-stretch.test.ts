// Session 7: register per stretch (a line is formal up to its last `다.`, informal after it), the
// connective -어 of state adjectives before a verb phrase, and the quoted -다 before 그러다 and 안 하다.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('register per stretch', () => {
  it('trusts informal endings after the last punctuated -다 of a line', () => {
    expect(texts('오늘 다녀왔다. 진짜 맛있었어 다음에 또 갈게')).toEqual(['오늘 다녀왔다.', '진짜 맛있었어', '다음에 또 갈게']);
    expect(texts('배송은 이틀 만에 왔다. 근데 사이즈가 좀 큼 한 치수 작게 사세요')).toEqual([
      '배송은 이틀 만에 왔다.',
      '근데 사이즈가 좀 큼',
      '한 치수 작게 사세요',
    ]);
    expect(texts('택배가 아직 안 왔다. 언제 오는 거야 벌써 일주일째임')).toEqual(['택배가 아직 안 왔다.', '언제 오는 거야', '벌써 일주일째임']);
    expect(texts('책은 두 권이다. 첫 번째는 지루했어 두 번째는 다 읽음 추천할게')).toEqual([
      '책은 두 권이다.',
      '첫 번째는 지루했어',
      '두 번째는 다 읽음',
      '추천할게',
    ]);
  });
  it('keeps the formal reading before the last punctuated -다', () => {
    expect(texts('그 군함 사건은 비극이다. 다시 일어날까 걱정된다.')).toEqual(['그 군함 사건은 비극이다.', '다시 일어날까 걱정된다.']);
    expect(texts('민이네 가족은 떠났다. 이웃은 남았다.')).toHaveLength(2);
  });
  it('reads -네 before 가족, 가게 as "X\'s family", in informal text too', () => {
    expect(texts('영화 봤다. 주인공 민이네 가족 이야기인데 결말이 아쉬움')).toEqual(['영화 봤다.', '주인공 민이네 가족 이야기인데 결말이 아쉬움']);
    expect(texts('어제 친구랑 잤음 오늘은 이모네 가게 감')).toEqual(['어제 친구랑 잤음', '오늘은 이모네 가게 감']);
    expect(texts('오늘 날씨 좋네 집 밖으로 나가자')).toEqual(['오늘 날씨 좋네', '집 밖으로 나가자']);
  });
  it('still reads an unpunctuated plain -다 as no end in a line that punctuates one', () => {
    expect(texts('그는 말했다. 그는 현재 법원의 판사이다 순회 법원.')).toEqual(['그는 말했다.', '그는 현재 법원의 판사이다 순회 법원.']);
    expect(texts('회의는 끝났다. 다음 일정은 추후 공지')).toEqual(['회의는 끝났다.', '다음 일정은 추후 공지']);
  });
  it('does not read -ㄴ거라, -ㄹ거라 (= 것이라) as the imperative -거라', () => {
    expect(texts('점심을 먹었다. 급하게 먹은거라 그런지 속이 쓰렸음')).toEqual(['점심을 먹었다.', '급하게 먹은거라 그런지 속이 쓰렸음']);
    expect(texts('걔가 올거라 생각했음')).toHaveLength(1);
  });
});

describe('state adjectives in -어 before a verb phrase', () => {
  it('goes on when a verb in -어 and an auxiliary follow', () => {
    expect(texts('동생이 피곤해 누워 있어')).toHaveLength(1);
    expect(texts('너무 배고파 쓰러져 버렸음')).toHaveLength(1);
    expect(texts('심심해 죽겠어 놀아줘')).toEqual(['심심해 죽겠어', '놀아줘']);
  });
  it('goes on before a clause of degree: -ㄹ 것 같다, -ㄹ 듯, -ㄹ 뻔', () => {
    expect(texts('너무 배고파 쓰러질 것 같아')).toHaveLength(1);
    expect(texts('심심해 미칠 듯 ㅋㅋ 놀러 가자')).toEqual(['심심해 미칠 듯 ㅋㅋ', '놀러 가자']);
    expect(texts('피곤해 넘어질 뻔 했어')).toHaveLength(1);
    expect(texts('배고파 먹을 거 줘')).toEqual(['배고파', '먹을 거 줘']);
  });
  it('still cuts after apologies and thanks, which are sentences of their own', () => {
    expect(texts('미안해 잊어 버렸어')).toEqual(['미안해', '잊어 버렸어']);
    expect(texts('고마워 잘 먹을게')).toEqual(['고마워', '잘 먹을게']);
    expect(texts('피곤해 일찍 잘게')).toEqual(['피곤해', '일찍 잘게']);
  });
});

describe('noun-style ends of -어지다 and 비싸다', () => {
  it('cuts after 편해짐, 추워짐, 비쌈 in informal text', () => {
    expect(texts('마음이 편해짐 커피거리도 갔음')).toEqual(['마음이 편해짐', '커피거리도 갔음']);
    expect(texts('날이 갑자기 추워짐 옷 챙기세요')).toEqual(['날이 갑자기 추워짐', '옷 챙기세요']);
    expect(texts('근데 너무 비쌈 할인할 때 사세요')).toEqual(['근데 너무 비쌈', '할인할 때 사세요']);
  });
});
