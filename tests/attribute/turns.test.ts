// Whose turn a quote continues: an interviewer's question line names nobody who answers, and a quote
// answering another's words (…고 주장한 데 대해서는 “…”) is not theirs. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('interview questions', () => {
  it('does not hand the answers to a body the question names', () => {
    const text = '이창호 청솔시장은 27일 기자들과 만났다.\n\n-도시철도 2호선은 언제 착공하나.\n"임기 내 반드시 착공하겠다."\n\nQ. 재선에 도전하나.\n"아직 이르다."';
    expect(said(text)).toEqual([
      ['임기 내 반드시 착공하겠다.', '이창호'],
      ['아직 이르다.', '이창호'],
    ]);
  });
});

describe('a quote answering another quoted in the same sentence', () => {
  const lead = '한빛당 최민수 원내대변인은 "야당이 발목을 잡는다"고 비판했다. ';
  it('goes to whoever held the turn, not to the one answered', () => {
    const text = `${lead}미래당 박지현 수석대변인이 "여당이 협상을 거부했다"고 주장한 데 대해서는 "사실을 왜곡한다"고 반박했다.`;
    expect(said(text).slice(1)).toEqual([
      ['여당이 협상을 거부했다', '박지현'],
      ['사실을 왜곡한다', '최민수'],
    ]);
  });

  it('gives the answered quote to the subject nearest to it and the answer to the sentence topic', () => {
    const text = `${lead}김하늘 장관은 야당이 "무책임하다"고 주장한 데 대해 "사실이 아니다"라고 반박했다.`;
    expect(said(text).slice(1)).toEqual([
      ['무책임하다', '야당'],
      ['사실이 아니다', '김하늘'],
    ]);
  });

  it('still reads a subject named after the answer', () => {
    const text = `${lead}박지현 수석대변인이 "협상을 거부했다"는 지적에 "사실이 아니다"라고 최 원내대변인은 반박했다.`;
    expect(said(text).at(-1)).toEqual(['사실이 아니다', '최민수']);
  });

  it('keeps one speaker for quotes joined by 며', () => {
    expect(said(`${lead}그는 "협상하자"며 "대화가 답"이라고 말했다.`).at(-1)).toEqual(['대화가 답', '최민수']);
  });
});

describe('voices of people the article does not name', () => {
  it('gives no speaker to quotes that are the subject of their own clause', () => {
    const text = '경총은 "생산성이 걱정된다"는 입장을 냈다. 직장인 커뮤니티에는 "부럽다"는 반응과 "현실성이 없다"는 반응이 함께 올라왔다.';
    expect(said(text).slice(1)).toEqual([
      ['부럽다', null],
      ['현실성이 없다', null],
    ]);
  });

  it('keeps the subject who posted the words', () => {
    expect(said('가수 윤하린은 SNS에 "걱정 끼쳐 죄송하다"는 글을 올렸다.')).toEqual([['걱정 끼쳐 죄송하다', '윤하린']]);
  });
});

describe('a next sentence saying who chimed in', () => {
  it('reads 거들었다 and 맞장구쳤다 as reporting the quote before', () => {
    const lead = '택시기사 김모(61)씨는 "생활비가 안 된다"고 말했다.\n';
    expect(said(`${lead}"기사들이 다 떠나고 있습니다."\n옆에 있던 동료 박영호씨가 거들었다.`).at(-1)).toEqual(['기사들이 다 떠나고 있습니다.', '박영호']);
    expect(said(`${lead}"맞는 말이다."\n옆에 있던 이수철씨가 맞장구쳤다.`).at(-1)).toEqual(['맞는 말이다.', '이수철']);
  });
});
