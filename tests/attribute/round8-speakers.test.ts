// Speaker errors found in invented articles of new genres (courts with several parties, agency copy):
// each case names the class of error, not one sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('court parties before 측 (피고, 원고 end in 고 but are nouns)', () => {
  it('keeps the party in the phrase before the quote', () => {
    expect(said('피고 측 변호인은 "기준치를 넘지 않았다"고 반박했다.')).toEqual([['기준치를 넘지 않았다', '피고 측 변호인']]);
    expect(said('원고 측 대리인은 "항소하겠다"고 말했다.')).toEqual([['항소하겠다', '원고 측 대리인']]);
  });

  it('reads the party phrase after the quote', () => {
    const text = '회사 측 관계자는 "검토 중"이라고 말했다. "납득할 수 없다"고 피고 측 변호인은 말했다.';
    expect(said(text).at(-1)).toEqual(['납득할 수 없다', '피고 측 변호인']);
  });
});

describe('recognized foreign names that end as verb stems do (리, 루, 지)', () => {
  it('reads 페롤리는 after the quote as the subject', () => {
    const text = '골드만삭스의 잰 해치어스는 "어렵다"고 분석했다. "연준은 신중할 것"이라고 JP모건의 마이클 페롤리는 내다봤다.';
    expect(said(text).at(-1)).toEqual(['연준은 신중할 것', '마이클 페롤리']);
  });
});

describe('headline bodies whose names end as clause endings do (전자, 서)', () => {
  it('reads 삼성전자 “…” as the body speaking', () => {
    expect(said('삼성전자 "하반기 공급 두 배로"…자신감\n\n본문이다.')[0]).toEqual(['하반기 공급 두 배로', '삼성전자']);
    expect(said('LG전자 "하반기 공급 두 배로"\n\n본문이다.')[0]).toEqual(['하반기 공급 두 배로', 'LG전자']);
  });
});

describe('a quote line followed by who said it: X이 (…) 한 말이다', () => {
  it('takes the subject of 한 말이다 / 하신 말씀이다', () => {
    expect(said('요즘 시끄럽다.\n\n"말이 곧 정치다." 박철민 전 의원이 내게 한 말이다.')).toEqual([['말이 곧 정치다.', '박철민']]);
    expect(said('"포기하지 마라." 어머니가 늘 내게 하신 말씀이다.')).toEqual([['포기하지 마라.', '어머니']]);
  });

  it('writes an unnamed one as described, without 한', () => {
    expect(said('"말이 곧 정치다." 한 원로 정치인이 내게 한 말이다.')).toEqual([['말이 곧 정치다.', '원로 정치인']]);
  });
});

describe('an interview lead naming whom the reporter met (…를 만났다)', () => {
  it('gives the bare quote lines after it to that person', () => {
    const text = '올해 풀코스를 완주한 최고령 참가자 김순자(80) 할머니를 만났다.\n\n"처음엔 동네 한 바퀴도 힘들었어요."\n\n"달리면 젊어져요."';
    expect(said(text)).toEqual([
      ['처음엔 동네 한 바퀴도 힘들었어요.', '김순자'],
      ['달리면 젊어져요.', '김순자'],
    ]);
  });
});

describe('a sentence about whose words follow (X의 평가는 후했다), then the words', () => {
  it('continues with the owner, not the last speaker', () => {
    const text = '배우 강민재는 "한참을 울었다"고 말했다. 평론가 오정우 씨의 평가는 후했다. "가장 절제된 작품"이라는 것이다.';
    expect(said(text).at(-1)).toEqual(['가장 절제된 작품', '오정우']);
  });
});

describe('plural pronouns (이들은, 그들은) refer to the last group, not the last single speaker', () => {
  it('gives 이들은 to 주민들', () => {
    const text = '주민들은 지친 기색이 역력했다. 한 주민은 "해마다 반복된다"고 말했다. 이들은 "대책을 바꿔야 한다"고 입을 모았다.';
    expect(said(text).at(-1)).toEqual(['대책을 바꿔야 한다', '주민들']);
  });

  it('keeps the last person when no group was named', () => {
    expect(said('김철수 씨는 "좋다"고 말했다. 그들은 "계속하겠다"고 말했다.').at(-1)).toEqual(['계속하겠다', '김철수']);
  });
});

describe('시는 “…”: the city government named before', () => {
  it('reads a bare 시는 as the city the article named', () => {
    const text = '서울시 관계자는 "검토하겠다"고 말했다. 시는 "연내 착공"이라는 입장이다.';
    expect(said(text).at(-1)).toEqual(['연내 착공', '서울시']);
  });
});

describe('anonymised honorific 양 written apart (윤서진(17) 양은)', () => {
  it('reads the name before 양 as the subject', () => {
    expect(said('고등학생 윤서진(17) 양은 "목소리를 내고 싶다"고 말했다.')).toEqual([['목소리를 내고 싶다', '윤서진']]);
  });
});

describe('회사 측 after an analyst of an unnamed firm (한 증권사 연구원은)', () => {
  it('still means the company the article named', () => {
    const text = '네이버가 최대 실적을 기록했다. 한 증권사 연구원은 "비용이 변수"라고 지적했다. 회사 측은 "주주환원을 확대하겠다"고 밝혔다.';
    expect(said(text).at(-1)).toEqual(['주주환원을 확대하겠다', '네이버']);
  });

  it('gives no speaker after an unnamed firm of its own (한 배터리 제조사가)', () => {
    const text = '네이버가 최대 실적을 기록했다. 한 배터리 제조사가 납품을 거부했다. 회사 측은 "주주환원을 확대하겠다"고 밝혔다.';
    expect(said(text).at(-1)).toEqual(['주주환원을 확대하겠다', null]);
  });
});

describe('a recognized body written before its branch (국제앰네스티 영국지부)', () => {
  it('names the branch with its body', () => {
    const text = '수낵 총리는 "용납할 수 없다"고 말했다. "이 정책은 비인도적"이라고 국제앰네스티 영국지부는 성명에서 밝혔다.';
    expect(said(text).at(-1)).toEqual(['이 정책은 비인도적', '국제앰네스티 영국지부']);
  });
});

describe('an unnamed source keeps 전 (former) as the article describes it', () => {
  it('writes 이 전 시장의 변호인 as 이 전 시장 변호인, not 이 시장 변호인', () => {
    const text = '검찰은 "부패 범죄"라고 밝혔다. 이 전 시장의 변호인은 "대가성이 입증되지 않았다"고 주장했다.';
    expect(said(text).at(-1)).toEqual(['대가성이 입증되지 않았다', '이 전 시장 변호인']);
  });
});

describe('a rally: 참가자들은 “…”는 구호를 외쳤다', () => {
  it('gives the chant to the participants, not the last speaker', () => {
    const text = '김동수 회장은 "다 죽으라는 얘기"라고 외쳤다. 참가자들은 "세금 폭탄 철회하라"는 구호를 외쳤다.';
    expect(said(text).at(-1)).toEqual(['세금 폭탄 철회하라', '참가자들']);
  });

  it('gives a chant to a topic no list knows when 구호를 외쳤다 follows', () => {
    const text = '김동수 회장은 "다 죽으라는 얘기"라고 외쳤다. 빅마마는 "세금 폭탄 철회하라"는 구호를 외쳤다.';
    expect(said(text).at(-1)).toEqual(['세금 폭탄 철회하라', '빅마마']);
  });
});

describe('고인은 “…”: the person the obituary says died', () => {
  it('is the one who died, not the last speaker', () => {
    const text = '원로 시인 이선호 씨가 26일 별세했다. 딸 이수민 씨는 "원고지를 놓지 않으셨다"고 전했다. 고인은 생전에 "시는 노래여야 한다"고 말하곤 했다.';
    expect(said(text).at(-1)).toEqual(['시는 노래여야 한다', '이선호']);
  });
});

describe('회사 측 never means a court (서울고법, 대구지법)', () => {
  it('gives no speaker when only a court was named', () => {
    const text = '대법원은 사건을 서울고법으로 돌려보냈다. 피고 회사 측은 "현실을 외면한 판결"이라며 유감을 표했다.';
    expect(said(text).at(-1)).toEqual(['현실을 외면한 판결', null]);
  });
});

describe('a quote running over paragraphs (opening mark on one line, closing on a later one)', () => {
  const text = '이창용 총재는 이렇게 말했다.\n\n“물가가 아직 높다.\n\n금리 인하를 서두르지 않겠다.”\n\n이 총재는 “시장을 보겠다”고 밝혔다.';
  it('is one quote, its words spanning the paragraphs', () => {
    const quotes = extract(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['물가가 아직 높다.\n\n금리 인하를 서두르지 않겠다.', '이창용'],
      ['시장을 보겠다', '이창용'],
    ]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('works with straight marks, and leaves a stray mark with no closing line alone', () => {
    expect(said('김 장관은 이렇게 말했다.\n"첫째 문단이다.\n둘째 문단이다."').map((q) => q[0])).toEqual(['첫째 문단이다.\n둘째 문단이다.']);
    expect(said('"홀로 선 표시\n\n다음 문단이다.\n\n김 장관은 "좋다"고 말했다.').map((q) => q[0])).toEqual(['좋다']);
  });
});

describe('reporting verbs of petitions and mourning (건의했다, 애도했다, 성토했다)', () => {
  it('end the speaker turn after the quote and are the quote verb', () => {
    const q = extract('방 장관은 "풀겠다"고 말했다. "인력 문제가 시급하다"고 최태원 회장은 건의했다.').quotes.at(-1);
    expect([q?.speaker?.name, q?.verb]).toEqual(['최태원', '건의했다']);
    expect(extract('임도윤 교수는 "빈자리가 크다"고 애도했다.').quotes[0].verb).toBe('애도했다');
  });
});

describe('village roles (이장은 “…”) refer to the person the text gave the role', () => {
  it('reads 이장 as the village head named before', () => {
    const text = '마을 이장 김종수(71) 씨는 "활기가 돈다"고 반겼다. 정우성 씨는 "좋다"고 말했다. 이장은 "청년이 더 왔으면 좋겠다"고 했다.';
    expect(said(text).at(-1)).toEqual(['청년이 더 왔으면 좋겠다', '김종수']);
  });
});

describe('a surname and title never mean someone named only later under another title', () => {
  it('writes 김 할머니 as named when the only 김 in full is a 씨 named after', () => {
    const text = '김 할머니는 손녀에게 "밥은 먹었니"라고 물었다. 주민 박영희 씨와 남편 김철호 씨는 "집을 잃었다"고 말했다.';
    expect(said(text)[0]).toEqual(['밥은 먹었니', '김 할머니']);
  });

  it('still links a headline 김 장관 to the 김도현 장관 of the body', () => {
    expect(said('김 장관 "규제 풀겠다"\n\n김도현 장관은 "규제를 풀겠다"고 말했다.')[0]).toEqual(['규제 풀겠다', '김도현']);
  });
});

describe('sighs and complaints of unnamed voices (“…”는 한숨이 나온다)', () => {
  it('are the circle words, not the last speaker words', () => {
    const text = '김철호 씨는 "집을 잃었다"고 말했다. 상인들 사이에서는 "장사가 안 된다"는 한숨이 나온다.';
    expect(said(text).at(-1)).toEqual(['장사가 안 된다', '상인들']);
  });

  it('give no speaker without a circle', () => {
    const text = '김철호 씨는 "집을 잃었다"고 말했다. "장사가 안 된다"는 한숨이 곳곳에서 나온다.';
    expect(said(text).at(-1)).toEqual(['장사가 안 된다', null]);
  });
});

describe('parliament Q&A: X 의원의 “…”는 질의에 Y 부총리는 “…”라고 답했다', () => {
  const text = '국회는 대정부질문을 진행했다. 정성호 의원의 "물가 대책이 뭐냐"는 질의에 추경호 경제부총리는 "안정될 것"이라고 답했다.';
  it('gives the question to its asker (the genitive before it) and the answer to the topic (경제부총리는)', () => {
    expect(said(text)).toEqual([
      ['물가 대책이 뭐냐', '정성호'],
      ['안정될 것', '추경호'],
    ]);
  });

  it('does not let the asker answer when the answer has no subject', () => {
    const t = '추경호 부총리는 "노력하겠다"고 말했다. 정성호 의원의 "대책이 뭐냐"는 질의에 "안정될 것"이라고 답했다.';
    expect(said(t).at(-1)).toEqual(['안정될 것', '추경호']);
  });
});
