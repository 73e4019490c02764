// Session 8: a chat log run together on one line (민수: 어디야 지은: 집): each speaker label opens a turn.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('speaker turns in a line that opens with a label', () => {
  it('cuts before each later label', () => {
    expect(texts('민수: 어디야 지은: 집 민수: 나와 밥 먹자')).toEqual(['민수: 어디야', '지은: 집', '민수: 나와 밥 먹자']);
    expect(texts('나: 오늘 시간 돼 친구: 응 저녁에 가능 나: 좋아')).toEqual(['나: 오늘 시간 돼', '친구: 응 저녁에 가능', '나: 좋아']);
  });
  it('leaves fields and lines without a leading label alone', () => {
    expect(texts('민수: 오늘 할 일: 장보기')).toHaveLength(1);
    expect(texts('회의 안건 정리 결과: 통과')).toHaveLength(1);
    expect(texts('시간: 오후 3시')).toHaveLength(1);
  });
});

describe('quoted turns one after another', () => {
  it('cuts between two quotations when the first ends a turn', () => {
    expect(texts('"밥 먹었어?" "아니 아직 안 먹었어" "그럼 같이 먹자"')).toEqual(['"밥 먹었어?"', '"아니 아직 안 먹었어"', '"그럼 같이 먹자"']);
  });
  it('does not cut between quoted words', () => {
    expect(texts('그는 "빅 브라더" "감시 사회" 같은 말을 썼다')).toHaveLength(1);
  });
});
