// People an article describes by a common noun (한 팬, 시청자들, 70대 여성, 업주들) speak as described,
// not as whoever spoke last; a firm referred back to is never an association. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

const lead = '가수 윤하린은 "걱정 끼쳐 죄송하다"고 말했다. ';

describe('people described by a common noun', () => {
  it('reads a fan, viewers and a woman (her age dropped, as for 60대 자영업자) as themselves', () => {
    expect(said(`${lead}한 팬은 "해명을 들으니 안심이 된다"고 말했다.`).at(-1)).toEqual(['해명을 들으니 안심이 된다', '팬']);
    expect(said(`${lead}시청자들은 "쾌유를 빈다"는 반응을 보였다.`).at(-1)).toEqual(['쾌유를 빈다', '시청자들']);
    expect(said(`${lead}피해자 중 한 명인 70대 여성은 "평생 모은 돈을 잃었다"고 호소했다.`).at(-1)).toEqual(['평생 모은 돈을 잃었다', '여성']);
  });

  it('leaves a connective opening the sentence out of the description (그러자 한 주민이)', () => {
    const text = '교육청 관계자는 "불가피한 결정"이라고 설명했다. 그러자 한 주민이 "섬에 살지 말라는 얘기냐"고 따졌다.';
    expect(said(text).at(-1)).toEqual(['섬에 살지 말라는 얘기냐', '주민']);
  });

  it('reads a bare plural noun in a headline as the speaker', () => {
    expect(said('배달앱 수수료 인상 논란…업주들 "못 버틴다"\n\n수수료가 오른다.')[0]).toEqual(['못 버틴다', '업주들']);
  });

  it('reads a described elder in the next sentence that says so', () => {
    const text = '박정우 교수는 "의견 수렴이 부족했다"고 지적했다.\n"시민의 발이 먼저다."\n한 노인은 기자에게 이렇게 말했다.';
    expect(said(text).at(-1)).toEqual(['시민의 발이 먼저다.', '노인']);
  });
});

describe('a firm referred back to by 업체 or 회사', () => {
  it('is no association the article named', () => {
    const text = '한국외식업중앙회는 "수수료 인상은 부당하다"고 비판했다. 업체 측은 "불가피한 조치"라고 해명했다.';
    expect(said(text).at(-1)).toEqual(['불가피한 조치', null]);
  });

});

describe('a next sentence naming whose words a bare quote were', () => {
  it('reads 첫마디 and 소감 like 말, past a clause describing the owner', () => {
    const text = '[인터뷰] 청솔FC 신임 감독\n\n"1부 승격이 목표입니다."\n올 시즌 지휘봉을 잡은 오정훈(48) 감독의 첫마디였다.';
    expect(said(text)[0]).toEqual(['1부 승격이 목표입니다.', '오정훈']);
  });
});

describe('a topic no list knows, right before a quote its sentence reports', () => {
  it('is the speaker (stage names, bands, foreign names)', () => {
    expect(said('소식을 들은 마마무드는 "영광이다"라고 말했다.')).toEqual([['영광이다', '마마무드']]);
    expect(said('경기 뒤 짐머맨은 "유일한 실수였다"고 말했다.')).toEqual([['유일한 실수였다', '짐머맨']]);
  });

  it('opening the sentence, before words on how it was said', () => {
    expect(said('마마무드는 자신의 SNS를 통해 “앨범이 나왔다”라며 “많이 들어 달라”고 말했다.').map(([, s]) => s)).toEqual(['마마무드', '마마무드']);
  });

  it('is not a thing a determiner or a genitive sets apart (이번 결정은, 정부의 방침은)', () => {
    expect(said('이번 결정은 "불가피했다"고 말했다.')).toEqual([['불가피했다', null]]);
    expect(said('정부의 방침은 "변함없다"고 말했다.')).toEqual([['변함없다', null]]);
  });

  it('is not a pronoun with no one named before, nor a document wording a rule', () => {
    expect(said('그녀는 “안 된다”고 말했다.')).toEqual([['안 된다', null]]);
    expect(said('개정안은 "공개해야 한다"고 규정했다.')).toEqual([['공개해야 한다', null]]);
  });

  it('is not when the quote is said by someone a clause after it describes', () => {
    expect(said('한 점원은 "또 늦었다"라고 불평하는 손님으로부터 항의를 받았다.')).toEqual([['또 늦었다', null]]);
  });

  it('reads an officer of a body as described (한 검찰 간부는)', () => {
    expect(said('한 검찰 간부는 "법원이 판단하면 된다"고 말했다.')).toEqual([['법원이 판단하면 된다', '검찰 간부']]);
  });
});

describe('a body no list knows, voicing a stand', () => {
  it('speaks when its quote names the stand it voiced (“…”는 입장을 밝혔다)', () => {
    expect(said('청솔시는 "환영한다"고 말했다. 청솔맘모임은 "재검토가 필요하다"는 입장을 밝혔다.').at(-1)).toEqual(['재검토가 필요하다', '청솔맘모임']);
  });

  it('reads a student council as a body (총학생회는)', () => {
    expect(said('청솔대는 "지급한다"고 밝혔다. 총학생회는 "재학생 지원도 늘려야 한다"고 말했다.').at(-1)).toEqual(['재학생 지원도 늘려야 한다', '총학생회']);
  });
});

describe('source nouns ending as verb stems do', () => {
  it('are subjects all the same (관리는, 아버지는)', () => {
    expect(said('미 국무부 관리는 "검토 중"이라고 말했다.')).toEqual([['검토 중', '미 국무부 관리']]);
    expect(said('김씨의 아버지는 "꼭 다시 만나자"고 말했다.')).toEqual([['꼭 다시 만나자', '김씨 아버지']]);
  });

  it('reads a sector as a circle that speaks (출판계는)', () => {
    expect(said('출판계는 "수요가 줄 수 있다"고 우려한다.')).toEqual([['수요가 줄 수 있다', '출판계']]);
  });
});
