// Speaker errors found in invented articles (round 9): panels, analysts, columns, headlines with two sides.
// Each case names a class of error, not one sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('the owner of the words named after them: X의 평가다, X의 호소다', () => {
  it('reads the copula 다 after a noun ending in a vowel (평가다, 얘기다), not only 이다', () => {
    const text = '김 의원은 "싸우겠다"고 말했다. "버텨야 한다"는 게 박민수 교수의 평가다.';
    expect(said(text).at(-1)).toEqual(['버텨야 한다', '박민수']);
    const line = '김 의원은 "싸우겠다"고 말했다. "버텨야 한다." 박민수 교수의 얘기다.';
    expect(said(line).at(-1)).toEqual(['버텨야 한다.', '박민수']);
  });

  it('knows words for pleas and sighs (호소, 한숨, 당부) as owned words', () => {
    const plea = '김 의원은 "싸우겠다"고 말했다.\n\n"돌봄 공백부터 메워야 합니다." 워킹맘 대표로 참석한 이하늘씨의 호소다.';
    expect(said(plea).at(-1)).toEqual(['돌봄 공백부터 메워야 합니다.', '이하늘']);
    const sigh = '최 위원은 "안정될 것"이라고 말했다. "수입 물가가 걱정입니다." 유통업체를 운영하는 정대호(55) 대표의 한숨이다.';
    expect(said(sigh).at(-1)).toEqual(['수입 물가가 걱정입니다.', '정대호']);
  });

  it('reads a modifier before the owned word (백악관의 공식 입장이다)', () => {
    const text = '김 대변인은 "검토 중"이라고 했다. "협상은 없다"는 것이 백악관의 공식 입장이다.';
    expect(said(text).at(-1)).toEqual(['협상은 없다', '백악관']);
  });

  it('reads a circle’s common view (X의 중론이다) as its words, not the last speaker’s', () => {
    const text = '정 의원은 "결단하라"고 했다. "결국 시간 문제다"라는 게 정치권의 중론이다.';
    expect(said(text).at(-1)).toEqual(['결국 시간 문제다', '정치권']);
  });
});

describe('unnamed people described by what they are (정치인, 관료, 교민) and parts of a camp (일각)', () => {
  it('keeps the describing words before the head, with or without 한', () => {
    expect(said('"정치는 말로 하는 것이다." 한 원로 정치인은 이렇게 말한 적이 있다.')).toEqual([['정치는 말로 하는 것이다.', '원로 정치인']]);
    expect(said('정부 관료는 "예산이 부족하다"고 말했다.')).toEqual([['예산이 부족하다', '정부 관료']]);
    expect(said('현지 교민은 "밤새 총성이 들렸다"고 전했다.')).toEqual([['밤새 총성이 들렸다', '현지 교민']]);
  });

  it('gives a headline camp its own words, not the other side’s before it', () => {
    const text = '대통령실 "개각 검토 안 해"…여권 일각 "쇄신 필요"\n\n대통령실은 개각설에 대해 "현재 검토하고 있지 않다"고 밝혔다.';
    expect(said(text).slice(0, 2)).toEqual([
      ['개각 검토 안 해', '대통령실'],
      ['쇄신 필요', '여권 일각'],
    ]);
  });
});

describe('a headline with two sides: A “…”…B “…”', () => {
  it('gives the second quote no speaker when B names no one known, rather than A', () => {
    const text = '김정은 "핵 강화"…국제사회 "대화 나서야"\n\n본문이다.';
    expect(said(text)).toEqual([
      ['핵 강화', '김정은'],
      ['대화 나서야', null],
    ]);
  });

  it('keeps one speaker when nothing, a setting or an act stands between the quotes', () => {
    expect(said('김정은 "핵 강화"…"대화 없다"\n\n본문이다.').map((x) => x[1])).toEqual(['김정은', '김정은']);
    expect(said('이재명 "민생 우선"…국무회의서 "속도 내라"\n\n본문이다.').map((x) => x[1])).toEqual(['이재명', '이재명']);
  });

  it('reads no name from inside the first quote before a title glued to the ellipsis', () => {
    expect(said('트럼프 "관세 유예 없다"…시장 "충격"\n\n본문이다.')[1][1]).not.toBe('유예');
  });
});

describe('a headline name no list knows, whom the body quotes by that name (그룹 블루문 “…”)', () => {
  it('takes the body speaker so named when the headline words differ from the body’s', () => {
    const text = '그룹 블루문 "팬들에게 감사"\n\n그룹 블루문이 새 앨범을 냈다. 블루문은 "팬들이 없었다면 여기까지 오지 못했다"고 말했다.';
    expect(said(text)[0]).toEqual(['팬들에게 감사', '블루문']);
  });

  it('takes none when the body quotes nobody by that name', () => {
    const text = '그룹 블루문 "팬들에게 감사"\n\n그룹 블루문이 새 앨범을 냈다. 소속사는 "월드투어를 준비 중"이라고 말했다.';
    expect(said(text)[0]).toEqual(['팬들에게 감사', null]);
  });
});

describe('a headline naming the speaker after the quote', () => {
  it('reads the words before a verbal noun of speech as the speaker (…전통시장 상인들 호소)', () => {
    const text = '"주차장 좀 만들어 주세요"…전통시장 상인들 호소\n\n광주 서구 양동시장 상인들이 주차난을 호소하고 있다.';
    expect(said(text)[0]).toEqual(['주차장 좀 만들어 주세요', '전통시장 상인들']);
  });

  it('reads a titled person opening the clause after the quote (…이창용 총재 신중론)', () => {
    const text = '"금리 인하 서두르지 않겠다"…이창용 총재 신중론\n\n이창용 한국은행 총재가 기자간담회를 열었다.';
    expect(said(text)[0]).toEqual(['금리 인하 서두르지 않겠다', '이창용']);
  });

  it('takes no last word shaped like a name that no recognizer or title vouches for (신중론)', () => {
    const text = '"금리 인하 서두르지 않겠다"…한은 신중론\n\n한국은행이 기자간담회를 열었다.';
    expect(said(text)[0][1]).not.toBe('신중론');
  });
});

describe('a statement as the subject (담화는 “…”, non-subjects.txt): its issuer speaks', () => {
  it('takes the issuer named before, not the word 담화 read as a name', () => {
    const text = '북한 외무성은 대변인 담화를 발표했다. 담화는 "마주 앉을 이유가 없다"고 밝혔다.';
    expect(said(text)).toEqual([['마주 앉을 이유가 없다', '외무성']]);
  });

  it('takes none when nobody was named before', () => {
    expect(said('이번 담화는 "대화는 없다"고 주장했다.')).toEqual([['대화는 없다', null]]);
  });
});

describe('a sentence saying someone began to speak, with a nominative subject (…씨가 말을 꺼냈다)', () => {
  it('gives the quote lines after it to that person', () => {
    const text = '마을은 적막했다.\n\n광부로 일했다는 최돈식(79)씨가 연탄을 갈며 말을 꺼냈다.\n\n"그때는 좋았어요."';
    expect(said(text)).toEqual([['그때는 좋았어요.', '최돈식']]);
  });

  it('takes the last nominative, the one who answers (이 의원이 묻자 김 장관이 답했다)', () => {
    const text = '회의가 열렸다. 박 의원이 대책을 묻자 김도윤 장관이 답했다.\n\n"검토하겠습니다."';
    expect(said(text)).toEqual([['검토하겠습니다.', '김도윤']]);
  });

  it('stops a source’s description at a time word (선고 직후 유족은 → 유족)', () => {
    expect(said('선고 직후 유족은 "형량이 가볍다"고 오열했다.')).toEqual([['형량이 가볍다', '유족']]);
  });

  it('learns nothing from a sentence of doing (했다, 봤다)', () => {
    const text = '김 위원장은 "안 된다"고 말했다. 박민수 의원이 회의장을 나가 버렸다.\n\n"이건 아니다."';
    expect(said(text).at(-1)).toEqual(['이건 아니다.', '김 위원장']);
  });
});

describe('a circle voicing a guarded view (학계 일각에서는 “…”라는 신중론이 나온다)', () => {
  it('gives the words to the circle, the whole a part (일각) belongs to included, no sentence adverb', () => {
    const text = '해리스 교수는 "흥미로운 결과"라고 평가했다. 그러나 학계 일각에서는 "재현성 확인이 먼저"라는 신중론이 나온다.';
    expect(said(text).at(-1)).toEqual(['재현성 확인이 먼저', '학계 일각']);
  });
});

describe('lists of remarks, each with a dash aside (“…” - 기상청 관계자)', () => {
  it('reads an unnamed source after the dash, and none rather than the last speaker when the aside names no one', () => {
    const text = '올해의 말말말\n\n"정치가 실종됐다" - 정의화 전 국회의장\n\n"역대급 폭염이 일상이 될 것" - 기상청 관계자\n\n"국민만 보고 가겠다" - 신년 기자회견에서';
    expect(said(text)).toEqual([
      ['정치가 실종됐다', '정의화'],
      ['역대급 폭염이 일상이 될 것', '기상청 관계자'],
      ['국민만 보고 가겠다', null],
    ]);
  });
});

describe('a transcript: each line opens with its speaker’s label (사회자: “…”)', () => {
  it('gives each line to its label, the moderator included, never to the last speaker', () => {
    const text = '[대담] 경제 전망\n\n사회자: "올해 경제를 어떻게 보십니까?"\n\n김도윤 교수: "하반기에 회복될 겁니다."\n\n박서연 연구위원: "회복은 내년에나 가능합니다."\n\n사회자: "정부 대책은 충분합니까?"\n\n김 교수: "부족합니다."';
    expect(said(text).map((x) => x[1])).toEqual(['사회자', '김도윤', '박서연', '사회자', '김도윤']);
  });

  it('reads an interview’s answer mark (답: “…”) as no label', () => {
    const text = '올해 문학상을 받은 소설가 한정은(52)을 만났다.\n\n문: 수상 소감은.\n\n답: "아직 실감이 안 나요."';
    expect(said(text)).toEqual([['아직 실감이 안 나요.', '한정은']]);
  });

  it('reads a lone label shaped like a name (에반스: “…”)', () => {
    expect(said('에반스: "야, 지금 터지고 있어!"')).toEqual([['야, 지금 터지고 있어!', '에반스']]);
  });

  it('gives a label naming no one known no speaker', () => {
    expect(said('김도윤 교수는 "어렵다"고 말했다.\n\n주의: "약을 먹지 마세요"').at(-1)).toEqual(['약을 먹지 마세요', null]);
  });
});

describe('a headline quote opening its line, whose words the body does not repeat', () => {
  const body = '이창용 한국은행 총재는 30일 "인플레이션 압력이 여전하다"고 말했다. 이 총재는 "금리 인하를 서두르지 않겠다"며 "환율도 변수"라고 덧붙였다.';

  it('takes the speaker of the body’s first quote when that speaker says most of the quotes', () => {
    const text = `"인플레와의 전쟁 안 끝났다"\n\n${body} 한 시장 참가자는 "예상보다 매파적"이라고 평가했다.`;
    expect(said(text)[0]).toEqual(['인플레와의 전쟁 안 끝났다', '이창용']);
  });

  it('takes none when the headline shares no word with that speaker’s quotes (a victim’s cry, officials quoted)', () => {
    const text = `"집이 다 타버렸어요"\n\n${body} 한 시장 참가자는 "예상보다 매파적"이라고 평가했다.`;
    expect(said(text)[0]).toEqual(['집이 다 타버렸어요', null]);
  });

  it('takes none when no speaker says most of the quotes, or the first quote is someone else’s', () => {
    const split = '"물가와의 전쟁"\n\n이창용 한국은행 총재는 "압력이 여전하다"고 말했다. 김 연구원은 "매파적"이라고 평가했다.';
    expect(said(split)[0]).toEqual(['물가와의 전쟁', null]);
    const other = `"물가와의 전쟁"\n\n한 시장 참가자는 "예상보다 매파적"이라고 평가했다. ${body}`;
    expect(said(other)[0]).toEqual(['물가와의 전쟁', null]);
  });
});

describe('a body named in single marks as the subject (시민단체 ‘안전사회시민연대’는 “…”)', () => {
  it('reads the name inside the marks with the particle after them, not the last speaker', () => {
    const text = "김광용 본부장은 \"줄이겠다\"고 말했다. 이에 대해 시민단체 '안전사회시민연대'는 논평을 내고 \"사각지대가 생긴다\"고 우려했다.";
    expect(said(text).at(-1)).toEqual(['사각지대가 생긴다', '안전사회시민연대']);
  });
});

describe('several people listed with · as the speaker (배우 김지원·박보검, “…”)', () => {
  it('gives the words to none of them alone', () => {
    const text = '배우 김지원·박보검, 열애설 부인 "친한 동료일 뿐"\n\n배우 김지원과 박보검이 열애설을 부인했다. 박보검 측도 "사실무근"이라고 밝혔다.';
    expect(said(text)).toEqual([
      ['친한 동료일 뿐', null],
      ['사실무근', '박보검'],
    ]);
  });
});

describe('a quote named as someone’s remark by a genitive (X의 “…”라는 발언)', () => {
  it('gives the words to the genitive’s person', () => {
    expect(said('트럼프 대통령의 "한국은 부자 나라"라는 발언이 논란이 됐다.')).toEqual([['한국은 부자 나라', '트럼프']]);
  });

  it('gives the answer after it to the sentence’s subject', () => {
    const text = '한덕수 장관은 박민수 의원의 "거짓말"이라는 주장에 "사실이 아니다"라고 반박했다.';
    expect(said(text)).toEqual([
      ['거짓말', '박민수'],
      ['사실이 아니다', '한덕수'],
    ]);
  });
});

describe('a foreign government as the speaker (미국 정부는 “…”)', () => {
  it('keeps the country before 정부 or 당국', () => {
    expect(said('미국 정부는 "관세를 유예하지 않겠다"고 밝혔다.')).toEqual([['관세를 유예하지 않겠다', '미국 정부']]);
    expect(said('중국 당국은 "내정 간섭"이라고 반발했다.')).toEqual([['내정 간섭', '중국 당국']]);
  });

  it('leaves the article’s own 정부 alone', () => {
    expect(said('정부는 "대책을 마련하겠다"고 밝혔다.')).toEqual([['대책을 마련하겠다', '정부']]);
  });
});

describe('a foreign name before a country’s short name, a body and a title (태미 브루스 미 국무부 대변인)', () => {
  it('names the person, not an unnamed spokesperson', () => {
    expect(said('태미 브루스 미 국무부 대변인은 "동맹은 굳건하다"고 말했다.')).toEqual([['동맹은 굳건하다', '태미 브루스']]);
  });

  it('keeps an unnamed spokesperson unnamed', () => {
    expect(said('미 국무부 대변인은 "동맹은 굳건하다"고 말했다.')).toEqual([['동맹은 굳건하다', '미 국무부 대변인']]);
  });
});

describe('a source described by a pronoun’s genitive (그의 변호인은 “…”)', () => {
  it('names whose source it is by the person named last', () => {
    const text = '박철수씨는 "힘들다"고 말했다. 그의 아내는 "남편이 고생한다"고 했다. 그의 변호인은 "항소하겠다"고 했다.';
    expect(said(text).slice(1)).toEqual([
      ['남편이 고생한다', '박철수 아내'],
      ['항소하겠다', '박철수 변호인'],
    ]);
  });
});

describe('names with an aside of several words, and foreign names ending in 이 or a ruler’s number', () => {
  it('reads the name before a bracketed aside, not the aside (아이유(본명 이지은)는, 오타니 쇼헤이(LA 다저스)는)', () => {
    expect(said('가수 아이유(본명 이지은)는 "무대가 그리웠다"고 말했다.')).toEqual([['무대가 그리웠다', '아이유']]);
    expect(said('오타니 쇼헤이(LA 다저스)는 "우승하고 싶다"고 말했다.')).toEqual([['우승하고 싶다', '오타니 쇼헤이']]);
  });

  it('keeps a ruler’s number with the name (레오 14세 교황은)', () => {
    expect(said('레오 14세 교황은 "평화를 위해 기도한다"고 말했다.')).toEqual([['평화를 위해 기도한다', '레오 14세']]);
  });
});

describe('an interview: the lead says whom the reporter met, a colleague speaks, then question lines', () => {
  const text =
    '국산 신약 승인을 이끈 김서현(48) 한빛바이오 대표를 30일 서울 본사에서 만났다.\n\n' +
    '김 대표는 "힘들었다"고 말했다. 공동창업자인 박준영 최고기술책임자도 자리를 함께했다. 박 최고기술책임자는 "진작 포기했을 것"이라며 웃었다.\n\n' +
    '―해외 진출 계획은.\n\n"내년 유럽 허가가 목표입니다."\n\n' +
    '업계에서는 "투자 심리를 되살릴 것"이라는 기대가 나온다.';

  it('gives the answers after question lines to the one met, not to the colleague who spoke last', () => {
    expect(said(text).at(-2)).toEqual(['내년 유럽 허가가 목표입니다.', '김서현']);
  });

  it('gives a circle’s hopes (…라는 기대가 나온다) to the circle', () => {
    expect(said(text).at(-1)).toEqual(['투자 심리를 되살릴 것', '업계']);
  });

  it('does not read a subject’s meeting as the reporter’s lead', () => {
    expect(said('김민수 장관은 박철호 대사를 30일 집무실에서 만났다.\n\n"협력을 강화하겠다."')).toEqual([['협력을 강화하겠다.', '김민수']]);
  });
});

describe('"one" member of a body named right before 한 (민주당 한 의원은 “…”)', () => {
  it('keeps the body in the description', () => {
    expect(said('민주당 한 의원은 "재정 부담을 따져봐야 한다"고 말했다.')).toEqual([['재정 부담을 따져봐야 한다', '민주당 의원']]);
    expect(said('시의회 한 의원은 "재정 부담을 따져봐야 한다"고 지적했다.')).toEqual([['재정 부담을 따져봐야 한다', '시의회 의원']]);
  });

  it('reads 한 as a surname when the article names someone so titled', () => {
    const text = '한동훈 의원은 "찬성한다"고 말했다. 국민의힘 한 의원은 "재정 부담을 따져봐야 한다"고 말했다.';
    expect(said(text).at(-1)).toEqual(['재정 부담을 따져봐야 한다', '한동훈']);
  });
});

describe('a headline whose subject precedes an ellipsis, then a quote the body repeats (검찰, 前 장관 소환…“…”)', () => {
  const text = '검찰, 前 장관 소환…"성실히 조사받겠다"\n\n검찰은 박영수 전 장관을 불러 조사했다. 박 전 장관은 취재진에게 "성실히 조사받겠다"고 말했다.';

  it('takes the body’s speaker of the same words, not the headline’s subject', () => {
    expect(said(text)[0]).toEqual(['성실히 조사받겠다', '박영수']);
  });

  it('keeps a surname with its title in a source’s description (박 전 장관 측 변호인)', () => {
    expect(said(`${text} 박 전 장관 측 변호인은 "정치 보복 수사"라고 반발했다.`).at(-1)).toEqual(['정치 보복 수사', '박 전 장관 측 변호인']);
  });

  it('keeps the headline’s subject when the body does not repeat the words', () => {
    expect(said('검찰, 前 장관 소환…"혐의 입증 자신"\n\n검찰은 박영수 전 장관을 불러 조사했다.')[0]).toEqual(['혐의 입증 자신', '검찰']);
  });
});

describe('a subhead quote in the body (◆ “내년에도 호조”)', () => {
  it('is not the last speaker’s words', () => {
    const text = '수출이 늘었다.\n\n"수요가 폭발적입니다." 한빛반도체 관계자의 설명이다.\n\n◆ "내년에도 호조"\n\n전문가들은 전망이 밝다고 본다.';
    expect(said(text).at(-1)).toEqual(['내년에도 호조', null]);
  });
});

describe('words heard or received from someone (의사에게서 “…”는 말을 들었다)', () => {
  it('gives them to the one heard from, never to the subject who heard them', () => {
    expect(said('김씨는 의사에게서 "수술이 어렵다"는 말을 들었다.')).toEqual([['수술이 어렵다', '의사']]);
    expect(said('경찰은 A씨로부터 "술을 마셨다"는 진술을 받았다.')).toEqual([['술을 마셨다', 'A씨']]);
    expect(said('박 의원은 "사퇴하라"는 요구를 받았다.')).toEqual([['사퇴하라', null]]);
  });
});

describe('a quote named as someone’s words that the subject then answers (“…”는 박 회장의 말에)', () => {
  it('gives the first to the genitive and the answer to the subject', () => {
    expect(said('"그만두라"는 박 회장의 말에 김 대리는 "알겠습니다"라고 답했다.')).toEqual([
      ['그만두라', '박 회장'],
      ['알겠습니다', '김 대리'],
    ]);
  });
});
