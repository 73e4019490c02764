// Subject rules: the speaker named as the subject of the quote's sentence, before the quote
// (홍민 … 선임연구위원은 “…”) or after it (“…”라고 홍 위원은 말했다, "…"는 한도윤 감독은).
import { particleFits } from '../../korean/particles.js';
import { endsClause, isReportingVerb } from '../cues/verbs.js';
import type { DocContext } from './context.js';
import { SHORTHAND, isOrganization, isPronoun, isSurname, isTitle, looksLikeName, sourceEnding, titleEnding } from './lexicons.js';
import { isNameEndingInGa, nounEndingInGa } from './ga-names.js';
import { ADNOMINAL, extendPhrase, isNonSubject, subjectWord, type NounPhrase, type Word, verbAfterArgument } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

type Range = { open: number; close: number };
const overlaps = (w: Word, ranges: readonly Range[]) => ranges.some((q) => w.start < q.close && q.open < w.end);
/** A word that ends a clause inside the sentence, so a nominative before it is that clause's subject: 민성호가 처리한, 당국자들이 꺼리는데. */
const EMBEDDED = /(?:[한된던]|데|지만|하는|되는|있는|없는|않은|하자|묻자|되자|했던)$/;
/** Closing quotation marks: a word glued to one is the quote's ending (고, 라고), never part of a phrase. */
const CLOSING_MARKS = new Set([0x201d, 0x22, 0x300d, 0x300f]); // ” " 」 』
/** A word ending as a topic does (통신은, 정부는). */
const TOPIC = /[은는]$/;
/** A ruler's number after the name: 14세 of 레오 14세. */
const REGNAL = /^[0-9]{1,2}세$/;
/** A subject that says "also" (오태석 회장도) is weaker than a topic: no unknown single words. */
const WEAK = /^(?:이|가|도)$/;

/**
 * Whether a word that reads as stem + particle is rather a whole name (김정은 vs 김정 + 은): the text
 * gives the whole word with a title, or followed by a particle elsewhere (김정은이, 김정은의), and never
 * the stem alone.
 */
function isWholeName(ctx: DocContext, word: string, stem: string): boolean {
  if (!looksLikeName(word) || titleEnding(stem) || isOrganization(stem)) return false;
  if (ctx.isTitledName(word)) return true;
  const particle = word.slice(stem.length);
  if (ctx.hasWord(stem) || STEM_PARTICLES.some((p) => p !== particle && ctx.hasWord(stem + p))) return false;
  return WHOLE_PARTICLES.some((p) => p !== particle && ctx.hasWord(word + p)) || ctx.entityNamed(word)?.type === 'PERSON';
}

const STEM_PARTICLES = ['이', '가', '의', '을', '를', '과', '와', '도'];
/** How far before a word a name running into it may start (알레한드로 오르테가: 10 letters with the space). */
const LONGEST_NAME = 24;
const WHOLE_PARTICLES = ['은', '는', '이', '가', '의', '을', '를', '과', '와', '도', '에게'];

const PERSON_SUBJECT = /^([가-힣]{2,})(은|는|이|가)$/;
/** A name in single marks with its particle after them: '안전사회시민연대'는, ‘한빛포럼’이. */
const MARKED_NAME = /^['‘]([가-힣A-Za-z0-9]{2,20})['’](은|는|이|가)$/;
const [EUN, NEUN, I, GA_] = [...'은는이가'].map((c) => c.charCodeAt(0));

/**
 * The subject a word closes, or, when spelling alone refuses it, a recognized person's name before a
 * particle (페롤리는, 찰리가: foreign names ending as verb stems do, 리 루 서 지).
 */
function subjectOf(ctx: DocContext, w: Word): NounPhrase | null {
  const np = subjectWord(w);
  if (np) return np;
  const last = w.text.charCodeAt(w.text.length - 1);
  if (last !== EUN && last !== NEUN && last !== I && last !== GA_) return null; // most words: no particle, no look-up
  const marked = MARKED_NAME.exec(w.text); // 시민단체 '안전사회시민연대'는: a body's name set in single marks
  if (marked && particleFits(marked[1], marked[2])) {
    const start = w.start + 1;
    return { start, end: start + marked[1].length, words: [{ start, end: start + marked[1].length, text: marked[1] }], particle: marked[2] };
  }
  const m = PERSON_SUBJECT.exec(w.text);
  if (!m || !particleFits(m[1], m[2])) return null;
  const end = w.start + m[1].length;
  const name = ctx.mentionsIn(w.start - LONGEST_NAME, end).find((x) => x.end === end && x.entity.type === 'PERSON');
  if (!name) return null;
  const start = Math.min(name.start, w.start); // 마이클 페롤리는: the whole name is the phrase's word
  return { start, end, words: [{ start, end, text: ctx.text.slice(start, end) }], particle: m[2] };
}

/** The noun phrase a subject word closes, grown leftward over the words that belong to it. */
export function phraseAt(ctx: DocContext, words: readonly Word[], i: number, np: NounPhrase): NounPhrase {
  const before = np.words[0].text.endsWith(')') ? beforeAside(words, i, np.particle) : null;
  if (before) return phraseAt(ctx, words, before.index, before.np);
  const head = np.words[0].text;
  // 강 전 시장 측: the phrase is read as the one whose side it is.
  // 존슨(28)씨: an age aside and a glued 씨 title the head as 씨 does after a space.
  const word = head === '측' && i > 0 ? words[i - 1].text : head;
  const side = word.includes('(') ? word.replace(/\([^()]*\)/g, '') : word;
  const source = sourceEnding(side) !== '';
  const titled = source || titleEnding(side) !== '' || (side.length > 1 && side.endsWith('씨'));
  const part = (w: Word, next: Word, prev: Word | undefined): boolean => {
    const t = w.text.endsWith('의') && w.text.length > 1 ? w.text.slice(0, -1) : w.text;
    if (CLOSING_MARKS.has(ctx.text.charCodeAt(w.start - 1))) return false; // “…”고 한 유권자가: 고 ends the quote, no surname
    if (t === '한' && prev && /[을를]$/.test(prev.text)) return false; // 추모사를 한 정하늘 시장: 한 is "did"
    if (t === '한' || t === '이' || t === '해당' || t === '다른') return true;
    if (t === '전' || t === '前') return titled; // 전 대통령, 존 브라운 전 미 국무부 대변인
    if (TOPIC.test(w.text) && subjectWord(w) && !looksLikeName(w.text)) return false; // VNA통신은 뚜언 총리가: the topic is another phrase
    if (next === np.words[0] && head === '측') return /^[가-힣A-Za-z][가-힣A-Za-z0-9]*$/.test(w.text); // 운영업체 측, 소속사 측, A24 측
    // 피고 측 변호인, 원고 측 대리인: the party a 측 inside the phrase speaks for (피고 is a noun, not …고).
    if (next.text === '측') return /^[가-힣A-Za-z][가-힣A-Za-z0-9]*$/.test(w.text) && !/(?:는|은|던|한|된|할)$/.test(w.text);
    if (isNonSubject(t) || /[,.]$/.test(t)) return false;
    if (isSurname(t)) return true; // 배 차관, 김 국장 (the phrase starts there)
    if (isTitle(t) || titleEnding(t) || isOrganization(t) || SHORTHAND.has(t)) return true;
    if (/[A-Za-z]/.test(t)) return true; // SK증권, NBC
    if (REGNAL.test(t)) return true; // 레오 14세 교황, 찰스 3세 국왕
    // 답변에 나선 차관: after an argument (에, 을), an adnominal form is its verb, whatever a recognizer read.
    if (prev && verbAfterArgument(prev.text, w.text)) return false;
    // A recognized name in the word or running into it (알레한드로 오르테가 장관은: its 가 is the name's).
    if (ctx.mentionsIn(w.start - LONGEST_NAME, w.end).some((m) => m.end > w.start)) return true;
    if (isNameEndingInGa(ctx, w.text)) return true; // 레오 몬테르가 대표는, as 몬테르가는 elsewhere shows
    if (ADNOMINAL.test(w.text) && !w.text.endsWith('의')) return false;
    if (endsClause(t) || EMBEDDED.test(t)) return false; // 묻자 차관은: a clause ends before the phrase
    if (looksLikeName(t, next === np.words[0] && titled)) return true; // 소라 only as 배우 소라's name
    // 회사 측, 학교 측: the body a 측 speaks for, named or not.
    if (head === '측' && next === np.words[0]) return /^[가-힣]{2,8}$/.test(t);
    // 정부 고위 관계자, 검사 출신 변호사, 트럼프 대통령: descriptions and foreign names before a title.
    return titled && /^[가-힣]{1,8}$/.test(t);
  };
  // 한 before the head may be a surname (한 연구원); before a modifier it is "one" (한 중진 의원).
  const first = (w: Word, next: Word) => isSurname(w.text) && w.text !== '전' && !(w.text === '한' && (source || next !== np.words[0]));
  return extendPhrase(words, i, np, part, first, !titled);
}
/**
 * 아이유(본명 이지은)는, 오타니 쇼헤이(LA 다저스)는: an aside of several words in brackets between the name and
 * its particle; the phrase is the words before the bracket, not the aside's last word.
 */
function beforeAside(words: readonly Word[], i: number, particle: string): { index: number; np: NounPhrase } | null {
  if (words[i].text.includes('(')) return null; // the whole aside is in this word: subjectWord dropped it
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const open = words[j].text.indexOf('(');
    if (words[j].text.includes(')')) return null;
    if (open < 0) continue;
    const index = open > 0 ? j : j - 1; // 아이유(본명 or 아이유 (본명
    if (index < 0) return null;
    const w = words[index];
    const end = open > 0 ? w.start + open : w.end;
    const stem = { start: w.start, end, text: w.text.slice(0, end - w.start) };
    return /^[가-힣A-Za-z0-9·]+$/.test(stem.text) ? { index, np: { start: w.start, end, words: [stem], particle } } : null;
  }
  return null;
}

/**
 * The subject between `from` and `to` (the quote's opening mark), read right to left: the last topic
 * (은/는) wins over a nominative (이/가), which often belongs to a clause inside the sentence, unless
 * the quote is relayed (`nearest`): then the words are the nominative's (통신은 김 부부장이 “…”고 말했다고 보도했다).
 */
export function subjectBefore(ctx: DocContext, from: number, to: number, quotes: readonly Range[], nearest = false, reported = false): Resolved | null {
  const words = ctx.wordsIn(from, to);
  const titles = singleQuoted(ctx.text, from, to);
  let nominative: Resolved | null = null;
  let embeddedAfter = false; // a word right of this one ends an embedded clause
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const embedded = embeddedAfter;
    embeddedAfter ||= EMBEDDED.test(w.text);
    if (overlaps(w, quotes) || titles.some((t) => t.open <= w.start && w.end < t.close)) continue; // but ‘…TF’는 speaks
    const np = subjectOf(ctx, w);
    if (!np) continue;
    const topic = !WEAK.test(np.particle);
    // Only a topic further left can still win once a nominative is found.
    if (!topic && (embedded || nominative)) continue;
    if (isWholeName(ctx, w.text.replace(/,$/, ''), np.words[0].text)) continue; // 김정은 is a name, not 김정 + 은 (김정은, …)
    const adjacent = i === words.length - 1;
    const r = resolvePhrase(phraseAt(ctx, words, i, np), ctx, topic || adjacent) ?? (topic && reported && (adjacent || i === 0) && !modified(words[i - 1]) ? stageName(ctx, w, np) : null);
    if (!r) continue;
    if (topic || nearest) return r;
    nominative ??= r;
  }
  return nominative;
}

/** Words that make the noun after them a thing or a description (이번 결정은, 정부의 방침은), not a name. */
const DETERMINERS = new Set(['이번', '그', '이', '저', '해당', '동', '새', '각', '모든', '일부', '같은', '다른']);
const modified = (w: Word | undefined): boolean => w !== undefined && (DETERMINERS.has(w.text) || (w.text.length > 1 && w.text.endsWith('의')));

/** A name of letters and syllables no list knows (마마무드, 자이언티, 에일리): stage names, bands, foreign names. */
const STAGE_NAME = /^(?:[가-힣]{2,6}|[A-Za-z][A-Za-z0-9&.\-]{1,15})$/;

/**
 * 마마무드는 “…”라고 말했다, 에일리는 SNS를 통해 “…”라며: a topic right before a quote its sentence reports, or
 * opening that sentence, speaks whatever it is, unless it is a word that is never anyone (이번은, 결과는).
 */
function stageName(ctx: DocContext, w: Word, np: NounPhrase): Resolved | null {
  const stem = np.words[0];
  if (np.words.length !== 1 || !STAGE_NAME.test(stem.text) || isPronoun(stem.text) || isNonSubject(stem.text) || (ADNOMINAL.test(stem.text) && !nounEndingInGa(stem.text)) || endsClause(stem.text)) return null;
  if (ctx.mentionsIn(w.start, w.end).some((m) => m.entity.type !== 'PERSON')) return null;
  const mention = ctx.span(stem.start, stem.end);
  return { name: stem.text, entity: ctx.entityNamed(stem.text)?.id ?? null, kind: 'person', title: '', mention, how: 'name' };
}

/**
 * Spans in single marks within [from, to) (‘새 시장은 시민을 먼저’ 제목의 사설에서): titles and inner
 * quotes, whose subjects are not the sentence's.
 */
function singleQuoted(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let open = -1;
  let ascii = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2018) open = i;
    else if (c === 0x2019 && open >= 0) {
      out.push({ open, close: i + 1 });
      open = -1;
    } else if (c === 0x27) {
      if (ascii < 0) ascii = i;
      else {
        out.push({ open: ascii, close: i + 1 });
        ascii = -1;
      }
    }
  }
  return out;
}

/** The subject after a quote, before the reporting verb that ends the speaker's turn. */
export function subjectAfter(ctx: DocContext, from: number, to: number, quotes: readonly Range[]): Resolved | null {
  const words = ctx.wordsIn(from, to);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Words inside a quote or glued to its closing mark (“…”이라고) are not the speaker's turn.
    if (overlaps(w, quotes) || quotes.some((q) => q.close === w.start) || w.start === from) continue;
    const np = subjectOf(ctx, w);
    if (np && speaksNext(words, i, quotes)) {
      // 스미스가 말했다: a nominative right before the reporting verb is as sure as a topic.
      const sure = !WEAK.test(np.particle) || isReportingVerb(words[i + 1]?.text ?? '');
      const r = resolvePhrase(phraseAt(ctx, words, i, np), ctx, sure);
      if (r) return r;
    }
    if (isReportingVerb(w.text) || endsClause(w.text)) return null;
  }
  return null;
}

/** Whether a reporting verb or a quote follows the subject at `i` within three words, before any other verb. */
function speaksNext(words: readonly Word[], i: number, quotes: readonly Range[]): boolean {
  for (let j = i + 1; j < words.length && j <= i + 3; j++) {
    if (overlaps(words[j], quotes) || isReportingVerb(words[j].text)) return true;
    if (endsClause(words[j].text) || EMBEDDED.test(words[j].text)) return false;
  }
  return false;
}

/** Nouns for someone's words: a subject X의 평가는 / 설명은 is about X's words. */
const SPEECH_NOUNS = new Set(['평가', '설명', '생각', '말', '주장', '입장', '분석', '견해', '지적', '반응', '답변', '대답', '진단', '전망', '소감']);

/** The phrase owning the word at `i` (오정우 씨의 평가는 → 오정우 씨), or null when no X의 stands right before it. */
function ownerBefore(ctx: DocContext, words: readonly Word[], i: number): NounPhrase | null {
  const w = words[i - 1];
  if (!w || w.end + 1 !== words[i].start || w.text.length < 2 || !w.text.endsWith('의')) return null;
  const stem = { start: w.start, end: w.end - 1, text: w.text.slice(0, -1) };
  return phraseAt(ctx, words, i - 1, { start: stem.start, end: stem.end, words: [stem], particle: '의' });
}

/** The first subject of a sentence without quotes, for the discourse memory (persons and bodies only). */
export function sentenceSubject(ctx: DocContext, from: number, to: number): Resolved | null {
  const words = ctx.wordsIn(from, to);
  for (let i = 0; i < words.length; i++) {
    const np = subjectOf(ctx, words[i]);
    if (!np || (WEAK.test(np.particle) && np.particle !== '도')) continue; // 박씨도 거들었다: "also" marks the subject too
    // 오정우 씨의 평가는 후했다: the owner of the words is the one the next quote line continues.
    const owner = SPEECH_NOUNS.has(np.words[0].text) && np.words.length === 1 ? ownerBefore(ctx, words, i) : null;
    const phrase = owner ?? phraseAt(ctx, words, i, np);
    const r = resolvePhrase(phrase, ctx, false);
    // Only what surely names someone: a title, an entity or a body.
    // Not a lone name-shaped word no recognizer named (피로감은 is no one).
    const sure = r && (r.how !== 'name' || r.title !== '' || r.entity !== null);
    return sure ? r : null;
  }
  return speakingNominative(ctx, words);
}

/** Verbs that introduce someone's words after them, not any verb of doing (했다, 봤다 are both). */
const GENERIC_VERB = /^(?:했|한다|하며|하면서|하고|하기도|봤)/;
/** Idioms that open speech: 말을 꺼냈다, 입을 열었다, 말문을 뗐다. */
const OPENS_MOUTH = /^(?:말|입|말문)을$/;
const OPENED = /^(?:꺼냈|꺼내|열었|열며|뗐|떼며)/;
const TERMINAL = new Set([0x2e, 0x21, 0x3f]); // . ! ?

/**
 * A sentence that ends by saying someone began to speak (최돈식씨가 연탄을 갈며 말을 꺼냈다, 이 의원이 묻자
 * 김 장관이 답했다): the last nominative before that verb is the one whose words follow, though nominatives
 * elsewhere are mostly the subjects of clauses inside the sentence.
 */
function speakingNominative(ctx: DocContext, words: readonly Word[]): Resolved | null {
  const n = words.length;
  if (n < 2) return null;
  const word = words[n - 1].text;
  let e = word.length;
  while (e > 0 && TERMINAL.has(word.charCodeAt(e - 1))) e--;
  const last = e === word.length ? word : word.slice(0, e);
  const speaks = (OPENED.test(last) && OPENS_MOUTH.test(words[n - 2].text)) || (isReportingVerb(last) && !GENERIC_VERB.test(last));
  if (!speaks) return null;
  for (let i = n - 2; i >= 0; i--) {
    const np = subjectOf(ctx, words[i]);
    if (!np || np.particle === '도' || !WEAK.test(np.particle)) continue;
    const r = resolvePhrase(phraseAt(ctx, words, i, np), ctx, false);
    return r && (r.how !== 'name' || r.title !== '' || r.entity !== null) ? r : null;
  }
  return null;
}

/** The person owning a quote by a genitive right before its mark (정성호 의원의 “…”는 질의에), or null. */
export function genitiveBefore(ctx: DocContext, from: number, open: number): Resolved | null {
  const words = ctx.wordsIn(from, open);
  const i = words.length - 1;
  const w = words[i];
  if (!w || w.end < open - 1 || w.text.length < 2 || !w.text.endsWith('의')) return null;
  const stem = { start: w.start, end: w.end - 1, text: w.text.slice(0, -1) };
  const r = resolvePhrase(phraseAt(ctx, words, i, { start: stem.start, end: stem.end, words: [stem], particle: '의' }), ctx, false);
  return r?.kind === 'person' ? r : null;
}

/** A verb saying a medium cites someone: …를 인용해, …을 인용하여. */
const CITING = /^인용(?:해|해서|하여|하며|한)$/;
const OBJECT = /^(.+?)(을|를)$/;
/** A word that ends what stands before the cited object: a topic or subject, a clause ending, a quote's glued ending. */
const CLOSES_PHRASE = /(?:은|는|이|가|고|며|서)$/;

/**
 * The one whose words a medium relays by citing them (교도통신은 일본 정부 관계자를 인용해 “…”라고 전했다;
 * “…”라고 외무성 대변인을 인용해 보도했다): the object of 인용해 in the quote's sentence speaks, not the medium.
 */
export function citedSpeaker(ctx: DocContext, from: number, to: number): Resolved | null {
  if (!ctx.cites) return null;
  const words = ctx.wordsIn(from, to);
  for (let i = words.length - 1; i > 0; i--) {
    if (!CITING.test(words[i].text)) continue;
    const w = words[i - 1];
    const m = OBJECT.exec(w.text);
    if (!m || !particleFits(m[1], m[2])) return null;
    const np: NounPhrase = { start: w.start, end: w.start + m[1].length, words: [{ start: w.start, end: w.start + m[1].length, text: m[1] }], particle: m[2] };
    // The object's phrase starts after the medium (교도통신은) or the quote's ending (“…”라고).
    let first = i - 1;
    while (first > 0 && !CLOSES_PHRASE.test(words[first - 1].text) && !/[”"]/.test(words[first - 1].text)) first--;
    return resolvePhrase(phraseAt(ctx, words.slice(first, i), i - 1 - first, np), ctx, true);
  }
  return null;
}
