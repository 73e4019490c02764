// Sentence-final endings generated from the standard paradigm of Korean speech levels (하십시오체,
// 해요체, 하오체, 하게체, 해라체, 해체, and the nominal 음/슴 style of notes and reviews), as in any
// reference grammar (표준국어대사전 어미 항목, 국립국어원 표준국어문법론). An ending alone is often
// ambiguous (-지 ends 편지, -대 ends 시대, -네 ends 언니네), so each ending is generated only after
// left contexts that make the word a verb form:
//   ㅆ    the pre-final 었/았/였/겠 (했다, 갔니, 먹었군, 하겠소): no noun syllable ends in ㅆ
//   시    the honorific 시 (하시지, 가시네, 드시잖아)
//   하 되  the stems of 하다 and 되다, the commonest predicates (하냐, 되려나)
// plus the common online respellings of the same forms (-요 → -용/-염, -다 → -당/-닷, -지 → -징,
// -네 → -넹, -ㅂ니다 → -슴다/-함다) and the best-known regional counterparts (경상 -재/-긋-/-ㅂ니꺼,
// 전라 -것-/-디, 충청·전라 -니께). Forms that collide with a common noun are dropped where they are
// generated (see NOUNS). Entries are in the trie format of final-endings.ts (a leading jamo is "a
// syllable with this 받침"). Written from general Korean grammar; no corpus was read to choose them.
// Licence: MIT, as gisa. Hand-picked stem-specific forms stay in endings.txt and endings-informal.txt.

/** An ending and whether it is safe in formal text too (the polite levels) or only in informal text. */
export type Paradigm = Array<[suffix: string, formal: boolean]>;

/** Endings that follow 었/겠 directly, by speech level; the polite ones also end formal sentences. */
const AFTER_PAST_POLITE = ['습니다', '습니까', '습디다', '어요', '죠', '지요', '네요', '군요', '거든요', '잖아요', '더라고요', '더라구요', '나요', '대요', '을까요', '을걸요', '던데요', '는데요'];
const AFTER_PAST_PLAIN = [
  // 하오체, 하게체
  '소', '수', '구려', '네', '는가', '구먼', '구만',
  // 해라체
  '다', '냐', '느냐', '니', '구나', '군', '더라', '단다', '대', '으려나', '을라나',
  // 해체
  '어', '지', '나', '거든', '잖아', '더라고', '더라구', '을까', '을걸', '을래', '어야지', '던데', '다니까', '냐니까',
  // 명사형
  '음', '슴',
];

/**
 * Endings that follow the honorific 시 without fusing with it (하시지, 가시네), by level; 시대, 시군,
 * 시소, 시다 (dictionary form) and 시나 are nouns or names far more often, so -대, -군, -소, -다, -나 are left out.
 */
const AFTER_SI = ['지', '네', '냐', '니', '구나', '는구나', '는군', '잖아', '거든', '더라', '던데', '려나', '지요', '네요', '군요', '잖아요', '거든요', '더라고요'];
/**
 * The same with 시 fused into a following ㄹ/ㄴ (하실래, 가신대, 바쁘신가), and 하오체 -시오 after the
 * commonest stems (하시오, 받으시오; a bare -시오 also ends names: 루시오, 카시오).
 */
const SI_FUSED = ['하시오', '가시오', '주시오', '보시오', '오시오', '으시오', '마시오', '실래', '실래요', '신대', '신대요', '신가', '신가요', '실까', '실걸', '십니다', '십니까', '십시다'];

/** Endings after the stems of 하다 and 되다 (하냐, 되지, 하려나); 하나 (one), 하니 and 되니 (-니 "since"), 하게, 되게 (-게 "so that") and 되자 are left out. */
const AFTER_HA_DOE = ['지', '네', '냐', '느냐', '군', '구나', '구먼', '잖아', '거든', '더라', '더라고', '더라구', '려나', '래', '지요', '네요', '군요', '잖아요', '거든요', '더라고요', '나요', '죠'];
/** And their fused forms: 한다 (ㄴ다), 한대, 할래, 할까 (-ㄴ/-ㄹ glued to 하, 되). */
const HA_DOE_FUSED = ['ㄴ대', 'ㄴ대요', 'ㄹ래', 'ㄹ래요', 'ㄹ까', 'ㄹ까요', 'ㄹ걸', 'ㄴ가요', 'ㄴ단다', 'ㄴ다니까'];

/**
 * 해체 -어/-아 (the commonest informal ending) only on the predicates where it is rarely the connective
 * -어(서) "and, because": that connective is everywhere in headlines and prose (공장 찾아 노동자 격려,
 * 2세트 들어 반격, 못해 연장으로, 꿈을 꿀까 무서워 다시), so action verbs and most adjectives stay out.
 * A bare -어/-아 also ends nouns (영어, 연어, 샤워) and vocatives (민정아). The connective before an
 * auxiliary (피곤해 보여, 도와줘 버렸다) is told by the next word (`…어` lines in continuations.txt).
 * -요 is added to each (고마워요). The answers 그래, 맞아, 좋아 open an utterance (그래 왜 그랬어,
 * 맞아 큰일 났지) more often than close one.
 */
const HAE = [
  // feelings and thanks, which close a chat line far more often than they explain what follows
  '미안해', '고마워', '사랑해', '궁금해', '심심해', '피곤해', '배고파', '싫어', '괜찮아', '귀찮아',
  // questions with 뭐 and 어떡하다, the imperative of 보다/주다 glued to a verb (해봐, 도와줘, 알려줘; not 내줘, a connective in 5점을 내줘 역전), 안 돼
  '뭐해', '어떡해', '어때', '봐', '해줘', '와줘', '려줘', '여줘', '^돼',
];

/** Online respellings of a final syllable (했다 → 했당/했닷, 하지 → 하징, 좋네 → 좋넹, 어요 → 어용/어염). */
const RESPELL: Record<string, string[]> = { 다: ['당', '닷'], 지: ['징'], 네: ['넹'], 요: ['용', '염'], 어: ['엉'], 야: ['얌'] };

/**
 * More 해체/해라체 forms on the commonest stems: -ㄹ래 (줄래, 잘래), -니 (좋니, 먹니), and -ㄴ가 after 아픈,
 * 바쁜, 추운 (아픈가, 바쁜가): not a bare -ㄴ가, which ends 인가 "approval", 한가, 민가, nor 그런가, mostly
 * the idiom "maybe that is why" inside a sentence (피곤해서 그런가 계속 졸림).
 */
const MORE = ['줄래', '잘래', '살래', '쉴래', '탈래', '올래', '좋니', 'ㅀ니', 'ㄶ니', '먹니', '맞니', '같니', '픈가', '쁜가', '운가'];

/** 하십시오체 and 해요체 written online: 했슴다, 감사함다, 알겠습니닷; 거든 → 거등; 잖아 → 쟎아, 잔아. */
const ONLINE = ['슴다', '함다', 'ㅆ음다', '니닷', '거등', '거등요', '쟎아', '쟎아요', '잔아', '잔아요', '쟈나', '세여', '세욤', '쎄요', 'ㄹ께용', 'ㄹ께요', 'ㄹ겡', 'ㄹ깡', '하쟈', '가쟈', '보쟈', '먹쟈', '주삼', '보삼', '만듬', '던걸', '건가', '건가요'];

/**
 * Regional forms (widely known ones only), generated the same way:
 * 경상 -재 (= -지) and the future -긋- (= -겠-: 있긋나, 좋긋다), -ㅂ니꺼 (= -ㅂ니까), -ㄹ끼다 (= -ㄹ 거다);
 * 전라 the future -것- (하것다, 좋것네), -디 after ㅆ (했디); 충청·전라 -니께/-응께 (= -니까) in the emphatic
 * -다니께, -라니께, -냐니께; 충청 혀 (= 해) as a word of its own and after 뭐 (뭐 혀, 뭐혀); -더라구 spelled -드라구;
 * 경상 -노 in questions, 전라 -구마잉.
 */
const REGIONAL = [
  'ㅆ재', 'ㅄ재', '렇재', '맞재', '좋재', '같재',
  '긋나', '긋네', '긋제', '긋노', '긋다', '긋지', '긋소',
  'ㅂ니꺼', 'ㄹ끼다', 'ㄹ끼라',
  '것다', '것네', '것제', '것소', '것어', 'ㅆ디',
  '다니께', '라니께', '냐니께', 'ㅆ응께',
  '^혀', '뭐혀', '드라구', '드라구요',
  // 경상 -노 closes a question with a question word (어데 가노, 뭐 묵노, 와 카노) after the commonest stems
  '가노', '오노', '보노', '주노', '묵노', 'ㅄ노', '되노', '짜노', '카노',
  // 전라 -구마잉 (= -구먼)
  '구마잉',
  // 경상 -제 (= -지) and -나 (yes/no questions) after the stems that -지/-니 follow in endings.txt, -예 (polite)
  // after -어/-데/-라/-든 (고마 해예, 좋던데예, 그렇더라예), -는교 (= -는가요), -더나 (카더나, 했더나)
  '하제', '좋제', '맞제', '렇제', 'ㅄ제', '같제', '되제',
  '좋나', '맞나', '같나', '많나', '싶나', 'ㅄ나', 'ㄶ나', '묵나', '되나',
  '해예', '데예', '라예', '든예', '는교', '카더나', 'ㅆ더나', '하더나',
  // 충청 -여 (= -야: 내 거여, 그렇잖여), -댜 (= -대: 했댜, 한댜), 전라 -씨요 (= -세요: 허씨요, 가씨요)
  '거여', '잖여', 'ㅆ댜', 'ㄴ댜', '렇댜', '씨요',
];

/**
 * Generated forms that are common nouns (or a stem + connective) far more often than verb forms:
 * 한대 is mostly 한 대 "one (car)" written together.
 */
const NOUNS = new Set(['하나', '하니', '되니', '하게', '되게', '되자', '시대', '시군', '시소', '시다', '시나', '하대', '하수', '되래', '한대']);

function respellings(form: string): string[] {
  const last = form.charAt(form.length - 1);
  return (RESPELL[last] ?? []).map((r) => form.slice(0, -1) + r);
}

function build(): Paradigm {
  const out: Paradigm = [];
  const push = (form: string, formal: boolean): void => {
    if (NOUNS.has(form)) return;
    out.push([form, formal]);
    for (const r of respellings(form)) if (!NOUNS.has(r)) out.push([r, false]);
  };
  for (const e of AFTER_PAST_POLITE) push('ㅆ' + e, true);
  for (const e of AFTER_PAST_PLAIN) push('ㅆ' + e, false);
  for (const e of AFTER_SI) push('시' + e, e.endsWith('요'));
  for (const e of SI_FUSED) push(e, e.endsWith('요') || e.endsWith('다') || e.endsWith('까'));
  for (const stem of ['하', '되']) {
    for (const e of AFTER_HA_DOE) push(stem + e, e.endsWith('요') || e === '죠');
    // 하 + ㄴ대 → 한대: the jamo fuses into the stem's syllable as its 받침
    for (const e of HA_DOE_FUSED) push(withJong(stem, e.charAt(0)) + e.slice(1), e.endsWith('요'));
  }
  for (const e of HAE) {
    push(e, false);
    if (!e.startsWith('^')) push(e + '요', true);
  }
  for (const e of MORE) push(e, false);
  for (const e of ONLINE) push(e, false);
  for (const e of REGIONAL) push(e, false);
  return out;
}

const JONG_INDEX: Record<string, number> = { ㄴ: 4, ㄹ: 8 };
/** The open syllable `syl` with the 받침 `jamo` (하 + ㄴ → 한). */
function withJong(syl: string, jamo: string): string {
  return String.fromCharCode(syl.charCodeAt(0) + JONG_INDEX[jamo]);
}

export const PARADIGM: Paradigm = build();
