import { describe, expect, it } from 'vitest';
import { quotesOf, speakers } from './helpers.js';

describe('subject before and after the quote', () => {
  it('reads the titled subject before the quote, naming the person', () => {
    const [q] = quotesOf('박지훈 한국연구원 선임연구위원은 “협력이 확대될 것”이라고 분석했다.');
    expect(q.speaker?.name).toBe('박지훈');
    expect(q.speaker?.mention?.text).toBe('박지훈');
    expect(q.rule).toBe('subject-before');
    expect(q.verb).toBe('분석했다');
  });

  it('reads the subject after the quote', () => {
    expect(speakers('오세진 위원이 회의에 나왔다.\n“논의가 길어질 것”이라고 오 위원은 말했다.')).toEqual([['논의가 길어질 것', '오세진']]);
    expect(speakers('“예산을 늘리겠다”고 최민호 장관이 밝혔다.')).toEqual([['예산을 늘리겠다', '최민호']]);
  });

  it('names the speaker of a surname-and-title mention by both words', () => {
    const qs = quotesOf('박지훈 한국연구원 선임연구위원은 “첫째다”라고 말했다.\n박 위원은 “둘째다”라고 덧붙였다.');
    expect(qs[1].speaker?.name).toBe('박지훈');
    expect(qs[1].speaker?.mention?.text).toBe('박 위원');
    expect(qs[1].rule).toBe('coref-title');
  });

  it('gives both quotes of “A”며 “B”라고 말했다 one speaker', () => {
    const qs = quotesOf('강유진 교수는 “첫 번째다”며 “두 번째다”라고 말했다.');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['강유진', '강유진']);
    expect(qs.map((q) => q.verb)).toEqual(['며', '말했다']);
  });

  it('reads verbs of praise, apology and request as reporting verbs', () => {
    const qs = quotesOf('하진우 감독은 “최고였다”고 칭찬했다. 구단은 “죄송하다”고 사과했다. 주민들은 “도와달라”고 부탁했다.');
    expect(qs.map((q) => q.verb)).toEqual(['칭찬했다', '사과했다', '부탁했다']);
  });

  it('tells two speakers of one sentence apart', () => {
    expect(speakers('문성호 의원은 “찬성한다”고 했고, 조은비 의원은 “반대한다”고 말했다.')).toEqual([
      ['찬성한다', '문성호'],
      ['반대한다', '조은비'],
    ]);
  });

  it('takes the person, not the medium, when a medium relays the words', () => {
    const text = '리명수 총참모장은 “준비가 끝났다”고 말했다고 조선중앙통신이 보도했다.';
    expect(speakers(text)).toEqual([['준비가 끝났다', '리명수']]);
  });

  it('takes the nearest subject when the medium is the topic and the reporting verb is itself reported', () => {
    const text = '중앙통신은 5일 김선희 대변인이 담화에서 “대화는 없다”고 강조했다고 보도했다.';
    expect(speakers(text)).toEqual([['대화는 없다', '김선희']]);
    // without the reported -다고, the topic speaks
    expect(speakers('서진우 교수는 어제 학생들이 “좋다”고 말한 것을 두고 “다행”이라고 말했다.').at(-1)).toEqual(['다행', '서진우']);
  });

  it('reads a long, unknown body between a name and its title', () => {
    expect(speakers('나영훈 통일정책대학원대 교수는 “변화가 온다”고 분석했다.')).toEqual([['변화가 온다', '나영훈']]);
  });
});

describe('headlines and asides', () => {
  it('expands a headline body shortened by its last syllable to the name the article gives', () => {
    const text = '새미래 “깊은 유감”\n새미래당 대변인은 논평에서 “깊은 유감”이라고 말했다.';
    const entities = [{ id: 'e1', type: 'ORG' as const, name: '새미래당', mentions: [{ start: 12, end: 16, text: '새미래당' }] }];
    expect(quotesOf(text, entities)[0].speaker).toMatchObject({ name: '새미래당', entity: 'e1' });
  });

  it("reads a headline's body and title as the one person the article gives them", () => {
    const text = '한빛재단 신임 이사장 “투명하게 운영”\n최서윤 한빛재단 이사장은 “투명하게 운영하겠다”고 말했다.';
    const person = (id: string, name: string, title: string, affiliation: string | null) => ({ id, type: 'PERSON' as const, name, title, affiliation, mentions: [] });
    expect(quotesOf(text, [person('e1', '최서윤', '이사장', '한빛재단')])[0].speaker).toMatchObject({ name: '최서윤', entity: 'e1' });
    // Two people so titled in that body: the headline does not say which (unless one of them said the same words).
    const two = [person('e1', '최서윤', '이사장', '한빛재단'), person('e2', '김도윤', '이사장', '한빛재단')];
    const other = '한빛재단 신임 이사장 “투명하게 운영”\n최서윤 한빛재단 이사장은 “취임해 기쁘다”고 말했다.';
    expect(quotesOf(other, two)[0].speaker?.name).toBe('한빛재단 신임 이사장');
    expect(quotesOf(text, two)[0].speaker?.name).toBe('최서윤');
  });

  it('reads the name before the comma of a headline whose quote follows an ellipsis, whole', () => {
    const text = '김정은, 신형 함정 진수식 참석…“새 시대”\n김정은 국무위원장은 연설했다.';
    const entities = [{ id: 'e1', type: 'PERSON' as const, name: '김정은', mentions: [{ start: 0, end: 3, text: '김정은' }, { start: 25, end: 28, text: '김정은' }] }];
    expect(speakers(text, entities)[0]).toEqual(['새 시대', '김정은']);
  });

  it('reads a headline speaker after an ellipsis that closes another clause', () => {
    expect(speakers('한빛 타이거즈, 2년 만에 통합 우승…정태오 감독 “선수들이 만든 기적”')).toEqual([['선수들이 만든 기적', '정태오']]);
  });

  it('takes the bare name before a headline quote, and the shorthand of a body', () => {
    expect(speakers('김정은 “러시아 대외정책 무조건적 지지”')).toEqual([['러시아 대외정책 무조건적 지지', '김정은']]);
    expect(speakers('美 “정보 공개 너무 나간다”..정부에 불만')).toEqual([['정보 공개 너무 나간다', '미국']]);
    expect(speakers('배성민 “기쁜 소식”, 윤하늘 “신뢰성 높여”')).toEqual([
      ['기쁜 소식', '배성민'],
      ['신뢰성 높여', '윤하늘'],
    ]);
  });

  it('takes the speaker given in brackets or after a dash', () => {
    expect(speakers('▲ "좋은 동반자입니다." (신동철 한빛화재 감독, 상대를 평가하며)')).toEqual([['좋은 동반자입니다.', '신동철']]);
  });
});

describe('one of a body', () => {
  it('reads 한 after an 의-word as "one", the body describing the speaker', () => {
    expect(speakers('한빛병원의 한 교수는 “현장은 한계 상황”이라고 말했다.')).toEqual([['현장은 한계 상황', '한빛병원 교수']]);
  });
});

describe('a short foreign name in a longer phrase', () => {
  it('takes a two-syllable name without a Korean surname when it stands right before the title', () => {
    const text = '이에 대해 중국 외교부의 린젠 대변인은 “단호히 반격할 것”이라고 경고했다.';
    const at = text.indexOf('린젠');
    const entities = [{ id: 'e1', type: 'PERSON' as const, name: '린젠', title: '대변인', affiliation: null, mentions: [{ start: at, end: at + 2, text: '린젠' }] }];
    expect(quotesOf(text, entities)[0].speaker).toMatchObject({ name: '린젠', entity: 'e1' });
  });
});

describe('coreference', () => {
  const article = [
    '홍민수 통일연구원 선임연구위원은 “관계가 격상됐다”고 분석했다.',
    '홍 위원은 “협력이 논의됐을 수 있다”고 말했다.',
    '그는 특히 “훈련도 의제”라고 말했다.',
    '이어 “지켜봐야 한다”고 덧붙였다.',
  ].join('\n');

  it('links surname + title, pronouns and a left-out subject to the named person', () => {
    const qs = quotesOf(article);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['홍민수', '홍민수', '홍민수', '홍민수']);
    expect(qs.map((q) => q.rule)).toEqual(['subject-before', 'coref-title', 'pronoun', 'continuation']);
    expect(qs[1].speaker?.mention?.text).toBe('홍 위원');
    expect(qs[2].speaker?.mention?.text).toBe('그');
    expect(qs[3].speaker?.mention).toBeNull();
  });

  it('resolves 이 관계자 to the source described before', () => {
    const text = '외교부의 한 고위 관계자는 “협의 중”이라고 말했다.\n이 관계자는 “곧 발표한다”고 덧붙였다.';
    expect(speakers(text)).toEqual([
      ['협의 중', '외교부 고위 관계자'],
      ['곧 발표한다', '외교부 고위 관계자'],
    ]);
  });

  it('expands a short name of a body to the fuller one given before', () => {
    const text = '노동당 기관지 노동신문은 회담을 보도했다.\n신문은 “입장을 확인했다”고 강조했다.';
    const [q] = quotesOf(text);
    expect(q.speaker?.name).toBe('노동신문');
    expect(q.rule).toBe('organization');
  });

  it('keeps an unnamed source as the article describes it, entity null', () => {
    const [q] = quotesOf('정부의 한 관계자는 “협상 여지가 남아 있다”고 말했다.');
    expect(q.speaker).toMatchObject({ name: '정부 관계자', entity: null });
    expect(q.rule).toBe('unnamed-source');
  });

  it('gives the words of someone speaking for a person to that someone: a lawyer, an aide, the person’s side', () => {
    const entities = [{ id: 'e1', type: 'PERSON' as const, name: '문태오', mentions: [{ start: 0, end: 3, text: '문태오' }] }];
    expect(speakers('문태오씨 측 변호인은 “무리한 수사”라고 말했다.', entities)).toEqual([['무리한 수사', '문태오씨 측 변호인']]);
    expect(speakers('문태오 의원 측근은 “모른다”고 말했다.', entities)).toEqual([['모른다', '문태오 의원 측근']]);
    expect(speakers('문태오 의원은 “모른다”고 말했다.', entities)).toEqual([['모른다', '문태오']]);
  });
});

describe('words owned by someone named after the quote', () => {
  it('reads the owner of 설명, 분석, 전언 after the quote', () => {
    const text = '오세진 교수가 회의에 나왔다.\n“금리는 더 내려갈 것”이라는 게 오 교수의 설명이다.\n“수요가 줄고 있다”는 것이 업계의 분석이다.';
    expect(speakers(text)).toEqual([
      ['금리는 더 내려갈 것', '오세진'],
      ['수요가 줄고 있다', '업계'],
    ]);
  });

  it('reads the circle a sentence opens with when a view “comes out” of it', () => {
    expect(speakers('법조계에서는 “무죄 가능성이 높다”는 관측이 나온다.')).toEqual([['무죄 가능성이 높다', '법조계']]);
    expect(speakers('이에 따라 여권 내부에서는 “속도 조절이 필요하다”는 목소리도 나왔다.')).toEqual([['속도 조절이 필요하다', '여권 내부']]);
  });
});

describe('no speaker', () => {
  it('leaves a quote without a speaker null and never invents one', () => {
    expect(speakers('“오늘만 같아라!”')).toEqual([['오늘만 같아라!', null]]);
  });

  it('gives a quoted question put by an unnamed asker no speaker, and the answer its speaker', () => {
    const text = '손재민 감독은 "다음 작품은 언제 나오나"는 질문에 "아직 정하지 않았다"고 답했다.';
    expect(speakers(text)).toEqual([
      ['다음 작품은 언제 나오나', null],
      ['아직 정하지 않았다', '손재민'],
    ]);
  });
});

describe('names that look like other words', () => {
  it('reads a full name ending like a verb stem as the subject (김유리는), not a verb (이어지는)', () => {
    expect(speakers('김유리는 “괜찮다”고 말했다.')).toEqual([['괜찮다', '김유리']]);
    expect(speakers('회의가 이어지는 “긴 하루”였다.')).toEqual([['긴 하루', null]]);
  });

  it('keeps an anonymised name with its mark, age aside dropped, and links 박씨 to it', () => {
    const text = '피의자 박모(41)씨는 “몰랐다”고 말했다. 박씨는 “억울하다”고 덧붙였다.';
    expect(speakers(text)).toEqual([
      ['몰랐다', '박모씨'],
      ['억울하다', '박모씨'],
    ]);
  });
});

describe('interviews and anonymised names', () => {
  it('gives the bare quote lines of an interview to the person the article is about', () => {
    const text = [
      '“다음 시즌엔 꼭 우승하고 싶어요”',
      '',
      '부산=정다운 기자',
      '',
      '“저 오늘 괜찮았어요?”',
      '',
      '경기를 마친 한지우(17)에게 소감을 묻자 웃으며 되물었다. 한지우는 올해 첫 국제대회에 나섰다.',
      '한지우의 부모는 경기장에 오지 못했다. 한지우는 “부모님께 메달을 보여드리고 싶다”고 말했다.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['다음 시즌엔 꼭 우승하고 싶어요', '한지우'],
      ['저 오늘 괜찮았어요?', '한지우'],
      ['부모님께 메달을 보여드리고 싶다', '한지우'],
    ]);
  });

  it("gives the answers after an interview heading to the person it names, not the last speaker", () => {
    const text = ['김하늘 감독은 “준비가 잘 됐다”고 말했다.', '', '-최서준 선수와의 일문일답-', '', '▲소감은.', '“정말 기쁘다.”'].join('\n');
    expect(speakers(text)).toEqual([
      ['준비가 잘 됐다', '김하늘'],
      ['정말 기쁘다.', '최서준'],
    ]);
  });

  it('leaves a bare quote null when no one person dominates the article', () => {
    expect(speakers('“평화를 원한다”\n\n김하나 씨와 이두리 씨가 광장에 나왔다.')).toEqual([['평화를 원한다', null]]);
  });

  it('links 박씨 to the anonymised 박모씨 even when 박모씨 never spoke before', () => {
    const text = '경찰은 박모(52)씨를 체포해 조사하고 있다.\n박씨는 “기억나지 않는다”고 진술했다.';
    expect(speakers(text)).toEqual([['기억나지 않는다', '박모씨']]);
  });
});
