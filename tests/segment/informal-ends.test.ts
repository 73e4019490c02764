// Session 6: more informal sentence ends without punctuation (-네, -군, -지, -는가, -슴, 됨, dialect),
// emoticons and syllable laughter, and look-alikes that must stay whole. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

describe('informal endings', () => {
  it('cuts after -네, -군 and -지 on consonant stems', () => {
    expect(texts('방이 생각보다 넓네 채광도 좋고')).toEqual(['방이 생각보다 넓네', '채광도 좋고']);
    expect(texts('날이 꽤 춥네 옷 두껍게 입어')).toEqual(['날이 꽤 춥네', '옷 두껍게 입어']);
    expect(texts('처음엔 별로였는데 쓰다 보니 괜찮네 추천함')).toEqual(['처음엔 별로였는데 쓰다 보니 괜찮네', '추천함']);
    expect(texts('생각보다 튼튼하군 역시 비싼 값을 하네')).toEqual(['생각보다 튼튼하군', '역시 비싼 값을 하네']);
    expect(texts('그거 좋지 같이 하자')).toEqual(['그거 좋지', '같이 하자']);
    expect(texts('이게 맞지 그럼 됐어')).toEqual(['이게 맞지', '그럼 됐어']);
    expect(texts('주말에 뭐 하지 날씨 춥지 집에 있어야지')).toEqual(['주말에 뭐 하지', '날씨 춥지', '집에 있어야지']);
    expect(texts('공부하지 않으면 어렵지 않은 것도 어렵지 그렇지')).toEqual(['공부하지 않으면 어렵지 않은 것도 어렵지', '그렇지']);
    expect(texts('가지 볶음 먹고 잡지 읽음')).toHaveLength(1);
    expect(texts('이를 허락하지 아니한 자는 처벌하지 아니할 수 있다 ．')).toHaveLength(1);
  });
  it('cuts after -는가, -ㄹ걸, -ㄹ게 after 가·오·주·리, -슴, -음 and 됨 standing alone', () => {
    expect(texts('이게 맞는가 잘 모르겠다')).toEqual(['이게 맞는가', '잘 모르겠다']);
    expect(texts('나중에 후회할걸 지금 사둬')).toEqual(['나중에 후회할걸', '지금 사둬']);
    expect(texts('금방 갈게 조금만 기다려')).toEqual(['금방 갈게', '조금만 기다려']);
    expect(texts('결국 다 먹었슴 배부름')).toEqual(['결국 다 먹었슴', '배부름']);
    expect(texts('가격 대비 괜찮음 근데 소리가 좀 큼')).toEqual(['가격 대비 괜찮음', '근데 소리가 좀 큼']);
    expect(texts('이거 안 됨 다시 해봐야 됨')).toEqual(['이거 안 됨', '다시 해봐야 됨']);
    expect(texts('친구가 설명해줌 덕분에 이해함')).toEqual(['친구가 설명해줌', '덕분에 이해함']);
  });
  it('cuts after -는걸, -렴, -소서, -던가 and -지 않기', () => {
    expect(texts('벌써 다 먹었는걸 천천히 먹으렴')).toEqual(['벌써 다 먹었는걸', '천천히 먹으렴']);
    expect(texts('소원을 이루소서 그때가 언제였던가 기억도 안 남')).toEqual(['소원을 이루소서', '그때가 언제였던가', '기억도 안 남']);
    expect(texts('올해 목표 지각하지 않기 매일 운동하기')).toEqual(['올해 목표 지각하지 않기', '매일 운동하기']);
    expect(texts('늦지 않기 위해 뛰었음 잊지 않기 때문에 괜찮음')).toEqual(['늦지 않기 위해 뛰었음', '잊지 않기 때문에 괜찮음']);
    expect(texts('그는 청렴 결백한 사람임')).toHaveLength(1);
  });
  it('cuts after noun-style ends of open stems: -냄, -둠, -씀, -아감, -어봄', () => {
    expect(texts('어제 택배 보냄 오늘 도착 예정')).toEqual(['어제 택배 보냄', '오늘 도착 예정']);
    expect(texts('그냥 내버려둠 알아서 하겠지')).toEqual(['그냥 내버려둠', '알아서 하겠지']);
    expect(texts('이번 달 돈 너무 많이 씀 반성함')).toEqual(['이번 달 돈 너무 많이 씀', '반성함']);
    expect(texts('다 먹고 돌아감 우산 가져감 비 온대서')).toEqual(['다 먹고 돌아감', '우산 가져감', '비 온대서']);
    expect(texts('새로 나온 라면 먹어봄 생각보다 매움')).toEqual(['새로 나온 라면 먹어봄', '생각보다 매움']);
    expect(texts('선생님 말씀 듣고 감동받음')).toHaveLength(1);
    expect(texts('오늘 택배 받음 설명서 다 읽음 사은품도 찾음')).toEqual(['오늘 택배 받음', '설명서 다 읽음', '사은품도 찾음']);
    expect(texts('웃음 소리 믿음 볶음밥 제육볶음 맛집 추천')).toHaveLength(1);
    expect(texts('올봄 여행 계획 세움')).toHaveLength(1);
    expect(texts('이 과자 식감 최고임')).toHaveLength(1);
    expect(texts('단어의 어감 차이 설명함')).toHaveLength(1);
  });
  it('cuts after the plain imperative -라 and more regional forms', () => {
    expect(texts('고마 해라 어서 먹어라 다 식겠다')).toEqual(['고마 해라', '어서 먹어라', '다 식겠다']);
    expect(texts('오늘 욕봤데이 그건 내가 했지라 아따 그라제')).toEqual(['오늘 욕봤데이', '그건 내가 했지라', '아따 그라제']);
    expect(texts('이걸 어째야 쓰까 밥은 먹었능가')).toEqual(['이걸 어째야 쓰까', '밥은 먹었능가']);
    expect(texts('그려유 됐시유 나도 몰라유')).toEqual(['그려유', '됐시유', '나도 몰라유']);
    expect(texts('고맙수다 무사 경 햄수과 하영 먹읍서')).toEqual(['고맙수다', '무사 경 햄수과', '하영 먹읍서']);
    expect(texts('가격까지 착해서 만족스러움 재구매 예정')).toEqual(['가격까지 착해서 만족스러움', '재구매 예정']);
    expect(texts('그랑께 내 말은 그게 아니라는 거임')).toHaveLength(1);
    expect(texts('어여 와서 밥 먹어')).toHaveLength(1);
    expect(texts('그가 올 거라 생각했음')).toHaveLength(1);
    expect(texts('이거라 좋은 거임 배우 고아라 나옴')).toEqual(['이거라 좋은 거임', '배우 고아라 나옴']);
    expect(texts('끝까지 살아라 알았지')).toEqual(['끝까지 살아라', '알았지']);
    expect(texts('가자 지구 소식 봤음')).toHaveLength(1);
    expect(texts('말투가 딱 네가 해라 식임')).toHaveLength(1);
    expect(texts('다들 좋아라 했음')).toHaveLength(1);
    expect(texts('내일 비 온다 함')).toHaveLength(1);
  });
  it('cuts after widely known regional forms', () => {
    expect(texts('밥 먹고 가유 여기 앉아봐유 뭐 하는 겨')).toEqual(['밥 먹고 가유', '여기 앉아봐유', '뭐 하는 겨']);
    expect(texts('그 사람 벌써 간갑소 안 보이네')).toEqual(['그 사람 벌써 간갑소', '안 보이네']);
    expect(texts('혼저 옵서예 여기 좋수다 어디 감수꽈')).toEqual(['혼저 옵서예', '여기 좋수다', '어디 감수꽈']);
    expect(texts('마이 묵고 가이소 내 말이 맞다카이 조심해서 가거래이')).toEqual(['마이 묵고 가이소', '내 말이 맞다카이', '조심해서 가거래이']);
    expect(texts('밥은 먹었남 나도 먹었슈 다 먹어브러 알았어잉')).toEqual(['밥은 먹었남', '나도 먹었슈', '다 먹어브러', '알았어잉']);
    expect(texts('수다 떨다가 시간 다 갔음')).toHaveLength(1);
    expect(texts('발목이 잡혀 출발에 실패했다 ．')).toHaveLength(1);
    expect(texts('니는 모르제 택도 없다')).toEqual(['니는 모르제', '택도 없다']);
    expect(texts('어제 가보니 맛있드라 또 가야지')).toEqual(['어제 가보니 맛있드라', '또 가야지']);
  });
  it('does not cut at look-alikes', () => {
    expect(texts('잡지 편지 금지 표지판을 봤음')).toHaveLength(1);
    expect(texts('언니네 형네 선생님네 다 모였음')).toHaveLength(1);
    expect(texts('옆집네 강아지가 짖었음 사돈댁네 식구도 옴')).toEqual(['옆집네 강아지가 짖었음', '사돈댁네 식구도 옴']);
    expect(texts('좋지 않은 소식이 있음')).toHaveLength(1);
    expect(texts('그거 먹지 마 배탈 남')).toEqual(['그거 먹지 마 배탈 남']);
    expect(texts('동서네 집에 갔음 쌀겨 한 포대 받음')).toEqual(['동서네 집에 갔음', '쌀겨 한 포대 받음']);
    expect(texts('반군 아군 모두 철수함')).toHaveLength(1);
    expect(texts('줌 회의에 들어감')).toHaveLength(1);
    expect(texts('할게 너무 많아서 못 감')).toHaveLength(1);
    expect(texts('있는가 하면 없는 사람도 있음')).toHaveLength(1);
    expect(texts('미리 살걸 그랬어 이미 품절임')).toEqual(['미리 살걸 그랬어', '이미 품절임']);
    expect(texts('재고가 있는가 여부부터 확인함')).toHaveLength(1);
    expect(texts('그 가게는 괜찮네 싶어서 들어갔음')).toHaveLength(1);
  });
  it('keeps -나/-ㄴ가 보다 and -다(가) 가다 together', () => {
    expect(texts('제가 잘못 알았나 봐요 죄송합니다')).toEqual(['제가 잘못 알았나 봐요', '죄송합니다']);
    expect(texts('다들 바쁜가 보네 연락이 없음')).toEqual(['다들 바쁜가 보네', '연락이 없음']);
    expect(texts('서울역 근처 다이소 들렀다 감')).toHaveLength(1);
    expect(texts('잠깐 쉬었다 가요 다리 아파요')).toEqual(['잠깐 쉬었다 가요', '다리 아파요']);
    expect(texts('다 먹었어요 가자 빨리')).toEqual(['다 먹었어요', '가자 빨리']);
  });
  it('cuts after 옴 and 큼 standing alone', () => {
    expect(texts('일주일 됐는데 아직도 안 옴 너무함')).toEqual(['일주일 됐는데 아직도 안 옴', '너무함']);
    expect(texts('사이즈가 좀 큼 한 치수 작게 사세요')).toEqual(['사이즈가 좀 큼', '한 치수 작게 사세요']);
  });
  it('trusts these endings only in informal lines', () => {
    expect(texts('생각보다 넓네 하는 반응이 나왔다. 다음 날도 같았다.')).toHaveLength(2);
    expect(texts('이 문제가 맞는가 논란이 일었다. 결론은 없었다.')).toHaveLength(2);
  });
});

describe('polite -요 after contracted stems', () => {
  it('cuts after 비싸요, 아파요, 예뻐요, 안 돼요, 바꿔요 in any line', () => {
    expect(texts('좋긴 한데 좀 비싸요 할인할 때 사세요')).toEqual(['좋긴 한데 좀 비싸요', '할인할 때 사세요']);
    expect(texts('머리가 아파요 오늘은 안 돼요 내일 봬요')).toEqual(['머리가 아파요', '오늘은 안 돼요', '내일 봬요']);
    expect(texts('꽃이 예뻐요 색도 바꿔요 그는 웃었다.')).toEqual(['꽃이 예뻐요', '색도 바꿔요', '그는 웃었다.']);
    expect(texts('너무 슬퍼요 이유는 몰라요 노래 불러요')).toEqual(['너무 슬퍼요', '이유는 몰라요', '노래 불러요']);
  });
  it('does not read a bare 라요 or 러요 as a verb', () => {
    expect(texts('라요 바예카노 팬들이 응원가를 불렀다.')).toHaveLength(1);
  });
});

describe('formal lines', () => {
  it('cuts at an unpunctuated plain -다 only before a word that opens sentences', () => {
    expect(texts('이번 여행은 좋았다 그러나 비용이 많이 들었다.')).toEqual(['이번 여행은 좋았다', '그러나 비용이 많이 들었다.']);
    expect(texts('정답은 간단할 것이다 물론, 예외도 있다.')).toEqual(['정답은 간단할 것이다', '물론, 예외도 있다.']);
    expect(texts('그는 고르고 고르다 결국 빈손으로 돌아갔다.')).toHaveLength(1);
    expect(texts('그는 간다 하지만 아무도 믿지 않았다.')).toHaveLength(1);
    expect(texts('그는 베란다 그리고 창고를 치웠다.')).toHaveLength(1);
    expect(texts('모두 좋았다 그러나마나 한 이야기였다.')).toHaveLength(1);
  });
});

describe('speaker labels', () => {
  it('ends a quoted turn before the next speaker label, and an ellipsis before a label', () => {
    expect(texts('민수:"오늘 뭐해" 지은:"집에 있어" 민수: "그럼 나와"')).toEqual(['민수:"오늘 뭐해"', '지은:"집에 있어"', '민수: "그럼 나와"']);
    expect(texts('민수 : 밥 먹었어? 지은 : 아직... 민수 : 같이 먹자')).toEqual(['민수 : 밥 먹었어?', '지은 : 아직...', '민수 : 같이 먹자']);
  });
  it('does not read a headline colon, a time or a colon after a predicate as a turn', () => {
    expect(texts('정부의 ‘무관용’ 원칙: 세부 내용 발표')).toHaveLength(1);
    expect(texts('교도소(Long) 난동: 6명 부상')).toHaveLength(1);
    expect(texts('회의는 10:30부터니까... 늦지 마세요')).toHaveLength(1);
    expect(texts('그는 다음과 같이 말했다: 우리는 이긴다.')).toHaveLength(1);
  });
});

describe('emoticons and laughter', () => {
  it('keeps an ASCII emoticon with the end it follows, spaced or glued', () => {
    expect(texts('고마워요 :) 다음에 또 봐요')).toEqual(['고마워요 :)', '다음에 또 봐요']);
    expect(texts('선물 받았어요 ^_^ 너무 좋아요')).toEqual(['선물 받았어요 ^_^', '너무 좋아요']);
    expect(texts('고마워요:) 다음에 또 봐요')).toEqual(['고마워요:)', '다음에 또 봐요']);
    expect(texts('감사합니다. :D 또 올게요')).toEqual(['감사합니다. :D', '또 올게요']);
  });
  it('cuts after an emoticon standing alone in an informal line, not one that starts the line', () => {
    expect(texts('오늘 완전 피곤 -_- 일찍 자야지')).toEqual(['오늘 완전 피곤 -_-', '일찍 자야지']);
    expect(texts('잘 자 :D 내일 보자')).toEqual(['잘 자 :D', '내일 보자']);
    expect(texts('^^ 오늘도 화이팅')).toEqual(['^^ 오늘도 화이팅']);
  });
  it('cuts after one laughing or crying jamo glued to a word, in informal lines only', () => {
    expect(texts('그래ㅎ 나중에 연락 줄게 너무해ㅠ 나만 빼고 갔어')).toEqual(['그래ㅎ', '나중에 연락 줄게', '너무해ㅠ', '나만 빼고 갔어']);
    expect(texts('그는 ㅎ씨와 만났다. 회의는 길었다.')).toHaveLength(2);
    expect(texts('그 말에 너무해ㅠ 하는 댓글이 달렸다. 다음 날도 그랬다.')).toHaveLength(2);
  });
  it('keeps syllable laughter with an unpunctuated end, even a lone 히', () => {
    expect(texts('잘 먹었습니다 하하 다음에 또 올게요')).toEqual(['잘 먹었습니다 하하', '다음에 또 올게요']);
    expect(texts('케이크 사서 집에 가져감 히 동생이 좋아함')).toEqual(['케이크 사서 집에 가져감 히', '동생이 좋아함']);
    expect(texts('오늘은 쉬는 날 히히 좋다')).toEqual(['오늘은 쉬는 날 히히 좋다']);
    expect(texts('다 먹었음 하하하다 그만 먹자')).toEqual(['다 먹었음', '하하하다 그만 먹자']);
  });
  it('after a punctuated end keeps syllable laughter only at the end of a line', () => {
    expect(texts('라면에는 역시 김치죠~ 하하하')).toEqual(['라면에는 역시 김치죠~ 하하하']);
    expect(texts('잘 먹었습니다!! 하하 다음에 또 올게요')).toEqual(['잘 먹었습니다!!', '하하 다음에 또 올게요']);
    expect(texts('그때 하하 웃으면서 지나갔음')).toHaveLength(1);
    expect(texts('하키 경기를 봤어요 하키 재밌어요')).toEqual(['하키 경기를 봤어요', '하키 재밌어요']);
  });
  it('keeps hashtags with the informal end they follow, and cuts after rating stars', () => {
    expect(texts('성수동 카페 다녀옴 #카페투어 #성수 분위기 최고였음')).toEqual(['성수동 카페 다녀옴 #카페투어 #성수', '분위기 최고였음']);
    expect(texts('별점 ★★★★☆ 배송은 빨랐는데 마감이 아쉬움')).toEqual(['별점 ★★★★☆', '배송은 빨랐는데 마감이 아쉬움']);
    expect(texts('그는 사과했다. #미투 운동은 계속됐다.')).toEqual(['그는 사과했다.', '#미투 운동은 계속됐다.']);
  });
  it('does not read list marks, times or identifiers as emoticons', () => {
    expect(texts('회의는 10:30 시작입니다.')).toHaveLength(1);
    expect(texts('파일 이름은 a_b 입니다.')).toHaveLength(1);
  });
});
