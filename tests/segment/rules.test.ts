// One small invented text per rule of the splitter.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('sentence endings', () => {
  it('cuts after . ? ! and keeps the punctuation', () => {
    expect(texts('그는 집에 갔다. 그녀도 갔다! 왜 갔을까? 모른다.')).toEqual(['그는 집에 갔다.', '그녀도 갔다!', '왜 갔을까?', '모른다.']);
  });
  it('cuts after a final ending with no punctuation', () => {
    expect(texts('오늘은 날씨가 좋다 내일은 비가 온대요 그래도 괜찮아요')).toEqual(['오늘은 날씨가 좋다', '내일은 비가 온대요', '그래도 괜찮아요']);
  });
  it('in a line that punctuates its -다. sentences, cuts at an unpunctuated polite ending but not at a plain -다', () => {
    expect(texts('그는 영화에서 마녀 아만다 역할을 맡았다. 이후 무대로 돌아갔다.')).toHaveLength(2);
    expect(texts('그 결과는 놀라웠다 있다. 다음 해에도 같았다.')).toEqual(['그 결과는 놀라웠다 있다.', '다음 해에도 같았다.']);
    expect(texts('안녕하세요 가게를 소개합니다 내부는 밝게 꾸몄다.')).toEqual(['안녕하세요', '가게를 소개합니다', '내부는 밝게 꾸몄다.']);
  });
  it('uses -음, -함, -ㄹ까 and dialect endings only in informal lines', () => {
    expect(texts('어제 국밥 먹음 생각보다 괜찮았음 다음에 또 갈까 싶음 친구도 데려갈까')).toEqual(['어제 국밥 먹음', '생각보다 괜찮았음', '다음에 또 갈까 싶음', '친구도 데려갈까']);
    // -ㄹ까 before a verb of doubt is an embedded question (갈까 고민 중), no end
    expect(texts('다음에 또 갈까 고민 중')).toEqual(['다음에 또 갈까 고민 중']);
    expect(texts('그 군함 사건은 비극이다. 다시 일어날까 걱정된다.')).toEqual(['그 군함 사건은 비극이다.', '다시 일어날까 걱정된다.']);
  });
  it('does not cut at look-alikes: particles, names, the connective -다(가)', () => {
    expect(texts('예상보다 많은 사람이 캐나다 정부를 찾아와 항의하다 돌아갔다.')).toHaveLength(1);
    expect(texts('그는 주요 인사를 만나 필요 물품을 전달했다.')).toHaveLength(1);
  });
  it('keeps a quotative or auxiliary word with the clause before it', () => {
    expect(texts('이게 뭐지?? 하고 검색했다.')).toEqual(['이게 뭐지?? 하고 검색했다.']);
    expect(texts('먹고 싶다 싶어서 바로 갔다')).toEqual(['먹고 싶다 싶어서 바로 갔다']);
    expect(texts('사람들이 왔다 갔다 하는 길이다.')).toHaveLength(1);
  });
  it('cuts where the space after the period is missing', () => {
    expect(texts('비가 왔다.그러자 땅이 젖었다.')).toEqual(['비가 왔다.', '그러자 땅이 젖었다.']);
  });
});

describe('quotes and brackets', () => {
  it('never cuts inside a quote: the sentence ends after the reporting verb', () => {
    expect(texts('그는 “정말 그럴까? 아니다. 두고 보자.”라고 말했다. 다음 문장이다.')).toEqual([
      '그는 “정말 그럴까? 아니다. 두고 보자.”라고 말했다.',
      '다음 문장이다.',
    ]);
  });
  it('pairs straight and curly marks alike', () => {
    expect(texts('그는 "가자. 빨리.”라며 웃었다. 끝났다.')).toEqual(['그는 "가자. 빨리.”라며 웃었다.', '끝났다.']);
  });
  it('cuts after a quotation that is a sentence of its own', () => {
    expect(texts('“가자.” “싫어.” 둘은 다퉜다.')).toEqual(['“가자.”', '“싫어.”', '둘은 다퉜다.']);
  });
  it('an unmatched mark protects nothing', () => {
    expect(texts('그는 “가자고 했다. 그녀는 싫다고 했다.')).toHaveLength(2);
  });
  it('keeps sentences inside brackets together and an aside with its sentence', () => {
    expect(texts('(이건 농담입니다. 진짜로요.) 그래서 웃었다.')).toEqual(['(이건 농담입니다. 진짜로요.)', '그래서 웃었다.']);
    expect(texts('그는 세 번 우승했다. (2회 연속) 다음 해에는 졌다.')).toEqual(['그는 세 번 우승했다. (2회 연속)', '다음 해에는 졌다.']);
    expect(texts('처음 기록되었다.[2] 그 뒤로 잊혔다.[3][4]')).toEqual(['처음 기록되었다.[2]', '그 뒤로 잊혔다.[3][4]']);
    expect(texts('처음 기록되었다.[2]그 뒤로 잊혔다.')).toEqual(['처음 기록되었다.[2]', '그 뒤로 잊혔다.']);
    expect(texts('곳이라면 (가능한!) 어디든 간다.')).toHaveLength(1);
  });
});

describe('numbers and abbreviations', () => {
  it('does not cut in decimals, dotted dates, list numbers, initials and abbreviations', () => {
    expect(texts('성장률은 3.5%로 2025.6.4. 발표된 전망치보다 높았다.')).toHaveLength(1);
    expect(texts('U.S. 정부와 Mr. Kim, 그리고 아드난 Z. 아민 씨가 No. 1 안건을 논의했다.')).toHaveLength(1);
    expect(texts('1. 첫째 안건을 논의했다.')).toHaveLength(1);
  });
  it('cuts after a percentage or a Latin word that ends the sentence', () => {
    expect(texts('점유율은 35%. 그 뒤를 이었다.')).toHaveLength(2);
    expect(texts('이 프로그램은 Python. 다음은 Java다.')).toHaveLength(2);
  });
});

describe('informal text', () => {
  it('reads ellipses as ends only after a final ending', () => {
    expect(texts('그런데..... 양이.... 너무 많더라고요... 다음엔 반만 시킬게요')).toEqual([
      '그런데..... 양이.... 너무 많더라고요...',
      '다음엔 반만 시킬게요',
    ]);
  });
  it('keeps emoticons and laughter with the sentence they close', () => {
    expect(texts('정말 맛있어요 ㅋㅋ 또 갈게요^^ 강추합니다!! ㅎㅎ')).toEqual(['정말 맛있어요 ㅋㅋ', '또 갈게요^^', '강추합니다!! ㅎㅎ']);
    expect(texts('오늘 노래 최고ㅠㅠ 내일 또 들어야지')).toEqual(['오늘 노래 최고ㅠㅠ', '내일 또 들어야지']);
    expect(texts('속이 꿀렁꿀렁~ 그래도 달렸다')).toEqual(['속이 꿀렁꿀렁~', '그래도 달렸다']);
  });
});

describe('lines', () => {
  it('makes every line a sentence, punctuated or not', () => {
    const seg = segment('본문 첫 문장이다.\n- 항목 하나\n- 항목 둘\n사진 설명');
    expect(seg.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['body', '본문 첫 문장이다.'],
      ['body', '- 항목 하나'],
      ['body', '- 항목 둘'],
      ['body', '사진 설명'],
    ]);
  });
  it('finds headlines above the body, bylines and datelines', () => {
    const text = '새 정부 출범 맞춰 밀월관계 과시\n입력 2018.05.22 (18:38)\n(서울=연합뉴스) 홍길동 기자 = 양국이 합의했다. 발표는 내일이다.\n홍길동 기자 hong@example.com';
    expect(segment(text).sentences.map((s) => [s.kind, s.text])).toEqual([
      ['headline', '새 정부 출범 맞춰 밀월관계 과시'],
      ['byline', '입력 2018.05.22 (18:38)'],
      ['byline', '(서울=연합뉴스) 홍길동 기자 ='],
      ['body', '양국이 합의했다.'],
      ['body', '발표는 내일이다.'],
      ['byline', '홍길동 기자 hong@example.com'],
    ]);
  });
  it('reads a line closed by a photo credit as a caption, and agency-style bylines', () => {
    const text = '제목이 여기 있다\n공주=김경필 기자\n입력 | 2019-04-09 09:11:00\n시민들이 광장을 걷고 있다. /뉴스1\n본문이다.\n청사 전경 (사진=시청 제공)';
    expect(segment(text).sentences.map((s) => [s.kind, s.text])).toEqual([
      ['headline', '제목이 여기 있다'],
      ['byline', '공주=김경필 기자'],
      ['byline', '입력 | 2019-04-09 09:11:00'],
      ['caption', '시민들이 광장을 걷고 있다.'],
      ['caption', '/뉴스1'],
      ['body', '본문이다.'],
      ['caption', '청사 전경 (사진=시청 제공)'],
    ]);
  });
  it('makes a one-line text body, never a headline', () => {
    expect(segment('제목 같은 한 줄').sentences[0].kind).toBe('body');
  });
});

describe('captions and skip', () => {
  it('keeps only the caption text of a markdown image and skips its markup', () => {
    const text = '본문이다.\n![사진은 회담 장면이다. [서울=뉴스1]](https://img.example.com/a.b/c.jpg)\n다음 본문이다.';
    const seg = segment(text);
    expect(seg.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['body', '본문이다.'],
      ['caption', '사진은 회담 장면이다.'],
      ['caption', '[서울=뉴스1]'],
      ['body', '다음 본문이다.'],
    ]);
    expect(seg.skip.map((r) => text.slice(r.start, r.end))).toEqual(['![', '](https://img.example.com/a.b/c.jpg)']);
  });
  it('skips URLs and e-mail addresses in prose without cutting inside them', () => {
    const text = '자세한 내용은 https://example.com/a.html?x=1. 문의는 help@example.co.kr 로 하면 된다.';
    const seg = segment(text);
    expect(seg.skip.map((r) => text.slice(r.start, r.end))).toEqual(['https://example.com/a.html?x=1', 'help@example.co.kr']);
  });
});
