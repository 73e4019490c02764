// Rule: the speaker named after the quote as the owner of the words: “…”라는 게 김 교수의 설명이다,
// “…”는 것이 업계의 분석이다. The phrase before 의 is resolved like any speaker phrase.
import type { DocContext } from './context.js';
import { isOrganization, looksLikeName, titleEnding } from './lexicons.js';
import { ADNOMINAL, isNonSubject, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

/** What a quote is called when someone owns it (설명, 분석, 호소 …), then the copula that ends the sentence (평가다, 설명이다); a modifier not ending in 의 may stand before it (공식 입장). */
const WORDS_OWNED = `(?:${['설명','분석','전언','주장','입장','지적','전망','말','얘기','이야기','평가','판단','견해','해석','관측','반응','생각','귀띔','증언','진단','예상','우려','답변','토로','하소연','첫마디','일성','소감','각오','대답','호소','한숨','푸념','탄식','한탄','고백','당부','조언','항변','반문','회고','다짐','일침','지론','중론','시각'].join('|')})(?:이다|다|이었다|였다)`;
const OWNED = new RegExp(String.raw`^(?:이?라는|다는|는|란)\s*(?:게|것이|것은)\s+([^\n"“”]{1,40}?)의\s+(?:[가-힣]{0,4}[\uAC00-\uC757\uC759-\uD7A3]\s)?(?:${WORDS_OWNED})`, 'd');

export function possessorAfter(ctx: DocContext, close: number): Resolved | null {
  const m = OWNED.exec(ctx.text.slice(close, close + 80));
  if (!m?.indices?.[1]) return null;
  const [from, to] = m.indices[1].map((i) => close + i);
  const words = ctx.wordsIn(from, to); // the last one cut before its 의
  if (words.length === 0 || words.length > 5) return null;
  return resolvePhrase({ start: words[0].start, end: to, words, particle: '의' }, ctx, true);
}

/** A sentence saying whose words the quote before it were: 김도윤 의원의 말이다, 한 참석자의 전언이다, 이씨의 호소다. */
const THEIRS = new RegExp(String.raw`^\s*([^\n"“”]{1,40}?)의\s+(?:[가-힣]{0,4}[\uAC00-\uC757\uC759-\uD7A3]\s)?(?:${WORDS_OWNED})[.]?\s*$`, 'd');

/** A sentence saying who said the quote before it: 한 원로 정치인이 내게 한 말이다, 어머니가 늘 하시던 말씀이다. */
const SAID_BY = /^\s*([^\n"“”]{1,30}?)(?:이|가|께서)\s(?:[^\n"“”]{0,24}\s)?(?:한|하던|했던|하신|하시던|남긴|건넨|들려준|던진)\s(?:말|말씀|얘기|이야기)(?:이다|다|이었다|였다)[.]?\s*$/d;

export function possessorSentence(ctx: DocContext, start: number, end: number): Resolved | null {
  if (end - start > 60) return null;
  const said = SAID_BY.exec(ctx.text.slice(start, end));
  if (said?.indices?.[1]) {
    const [from, to] = said.indices[1].map((i) => start + i);
    const words = ctx.wordsIn(from, to);
    if (words.length === 0 || words.length > 5) return null;
    return resolvePhrase({ start: words[0].start, end: to, words, particle: '이' }, ctx, true);
  }
  const m = THEIRS.exec(ctx.text.slice(start, end));
  if (!m?.indices?.[1]) return null;
  const [from, to] = m.indices[1].map((i) => start + i);
  const words = afterClause(ctx.wordsIn(from, to));
  if (words.length === 0 || words.length > 5) return null;
  return resolvePhrase({ start: words[0].start, end: to, words, particle: '의' }, ctx, true);
}

/**
 * The words after a clause describing the owner (지휘봉을 잡은 오 감독의 첫마디였다 → 오 감독): a verb
 * before a noun or an argument ends the clause; names and titles ending alike (김하은, 대변인) do not.
 */
function afterClause(words: Word[]): Word[] {
  for (let k = words.length - 2; k >= 0; k--) {
    const t = words[k].text;
    if (ADNOMINAL.test(t) && !t.endsWith('의') && !looksLikeName(t, true) && !titleEnding(t) && !isOrganization(t)) return words.slice(k + 1);
  }
  return words;
}

/** “…”는 관측이 나온다: words said by a circle the sentence opens with (법조계에서는, 업계에선). */
const VOICED = /^(?:이?라는|다는|는|란)\s+(?:관측|목소리|지적|분석|전망|의견|평가|얘기|말|주장|우려|비판|시각|견해|반응|한숨|탄식|푸념|볼멘소리|아우성|신중론|낙관론|비관론|회의론|경계론|반론|주문|제언|기대|기대감|예측)(?:이|가|도)\s+(?:나온다|나왔다|나오고|많다|많았다|적지 않다|제기됐다|제기된다|잇따른다|잇따랐다|우세하다|우세했다|지배적이다|지배적이었다|커지고|커졌다|쏟아진다|쏟아졌다)/;
/** First letters of VOICED's endings (이라는, 라는, 다는, 는, 란): most quotes end otherwise and skip the pattern. */
const VOICE_START = new Set([...'이라다는란'].map((c) => c.charCodeAt(0)));
/** Whether the letter after a closing mark can open 이라는, 라는, 다는, 는, 란 (a quote named as a noun). */
export const isNamingEnd = (c: number): boolean => VOICE_START.has(c);
const CIRCLE = /^(.{2,12}?)(?:에서는|에서도|에선|에서)$/;

export function circleBefore(ctx: DocContext, from: number, open: number, close: number): Resolved | null {
  if (!VOICE_START.has(ctx.text.charCodeAt(close)) || !VOICED.test(ctx.text.slice(close, close + 40))) return null;
  const words = ctx.wordsIn(from, open);
  for (let i = 0; i < words.length; i++) {
    const m = CIRCLE.exec(words[i].text);
    if (!m) continue;
    // 전문가들 사이에서는: among those the word before names.
    const among = m[1] === '사이' && i > 0 && BARE_NOUN.test(words[i - 1].text);
    if (among) i--;
    const end = among ? words[i].end : words[i].start + m[1].length;
    const stem = { start: words[i].start, end, text: ctx.text.slice(words[i].start, end) };
    const r = resolvePhrase({ start: stem.start, end, words: [stem], particle: '' }, ctx, false);
    // 학계 일각에서는: a part (일각) is named with the whole it belongs to, below.
    if ((r?.kind === 'source' && m[1] !== '일각') || r?.kind === 'org') return r;
    // 여권 내부에서는: the bare nouns before the word belong to the circle's name
    let first = i;
    while (first > 0 && i - first < 2 && BARE_NOUN.test(words[first - 1].text) && !isNonSubject(words[first - 1].text)) first--; // not 그러나, 최근
    const mention = ctx.span(words[first].start, end);
    return { name: mention.text, entity: null, kind: 'source', title: '', mention, how: 'unnamed-source' };
  }
  return null;
}

/** A noun without a particle or ending (여권, 정부), part of a circle's name; not 이에, 따라, 최근에. */
const BARE_NOUN = /^[가-힣]{1,5}[^에라서고며면도은는이가을를의]$/;

/**
 * “…”는 반응이 올라왔다, “…”는 글이 잇따랐다: words of people the article does not name, the quote the
 * subject of a clause of its own; the last speaker did not say them.
 */
const VOICES = /^(?:이?라는|다는|는|란)\s+(?:반응|목소리|의견|댓글|글|지적|비판|우려|평가|불만|호소|한숨|탄식|푸념|볼멘소리|아우성)(?:이|가|과|와|도|들이)\s/;

export function unnamedVoices(ctx: DocContext, close: number): boolean {
  return VOICE_START.has(ctx.text.charCodeAt(close)) && VOICES.test(ctx.text.slice(close, close + 16));
}

/** “…”는 말을 들었다, “…”는 진술을 받았다: words someone heard or received from another. */
const HEARD = /^(?:이?라는|다는|는|란)\s+(?:말|얘기|이야기|진술|설명|답변|통보|연락|답|요구|요청|제안|지적|비판|권유|부탁|주문|조언|충고|경고|핀잔)[을를]\s+(?:들었|들은|듣고|전해\s?들었|받았|받은|받고)/;
/** The source of heard words: 의사에게서, A씨로부터, 친구한테서. */
const FROM = /^(.{1,20}?)(?:에게서|로부터|으로부터|한테서)$/;

/**
 * 김씨는 의사에게서 “…”는 말을 들었다: the words are the one they were heard from, not the subject who
 * heard them; null when the sentence does not say whom (the subject did not say them either). The caller
 * has checked `isNamingEnd` on the letter after the mark.
 */
export function heardFrom(ctx: DocContext, from: number, open: number, close: number): Resolved | null | undefined {
  if (!HEARD.test(ctx.text.slice(close, close + 24))) return undefined;
  const words = ctx.wordsIn(from, open);
  for (let i = words.length - 1; i >= 0; i--) {
    const m = FROM.exec(words[i].text);
    if (!m) continue;
    const stem = { start: words[i].start, end: words[i].start + m[1].length, text: m[1] };
    let first = i;
    while (first > 0 && i - first < 3 && BARE_NOUN.test(words[first - 1].text) && !isNonSubject(words[first - 1].text)) first--; // 담당 의사에게서
    return resolvePhrase({ start: words[first].start, end: stem.end, words: [...words.slice(first, i), stem], particle: '' }, ctx, true);
  }
  return null;
}

/** “그만두라”는 박 회장의 말에: words the genitive said, which the sentence's subject then answers (after `isNamingEnd`). */
const SAID_TO = /^(?:이?라는|다는|는|란)\s+([^\n"“”]{1,30}?)의\s+(?:말|지적|질문|물음|주장|발언|요구|제안|비판|호통|당부)(?:에|에는|에도)\s/d;

export function ownerAnswered(ctx: DocContext, close: number): Resolved | null {
  const m = SAID_TO.exec(ctx.text.slice(close, close + 50));
  if (!m?.indices?.[1]) return null;
  const [from, to] = m.indices[1].map((i) => close + i);
  const words = ctx.wordsIn(from, to);
  if (words.length === 0 || words.length > 4) return null;
  return resolvePhrase({ start: words[0].start, end: to, words, particle: '의' }, ctx, true);
}
