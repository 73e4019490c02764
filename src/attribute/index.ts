// Attribute stage: direct quotations and who said them.
//   1. quotes/spans.ts pairs the marks line by line; quotes/terms.ts drops quoted names and terms.
//   2. units.ts cuts sentences outside the marks, so a quote and its reporting verb share a unit.
//   Sentences without marks may still report speech (…다고 밝혔다): indirect.ts, kind "indirect".
//   3. Per quote, the first rule that names a speaker wins: saying → question → headline (a bare phrase
//      right before a quote with no quotative ending) → cited (X를 인용해) → subject-before → headline
//      (first words) → the previous quote of the same sentence → parenthetical → subject-after →
//      relative (“…”라고 말한 X) → possessor (…라는 게 X의 설명이다, X에서는 …는 관측이 나온다) →
//      subject-next → continuation → main-person. The phrase found is resolved by speakers/resolve.ts
//      (entity, coreference, body, unnamed source, or the words themselves), and the discourse memory
//      (coref.ts) learns it.
//   4. repeated: a headline quote left without a speaker takes that of the same words quoted later.
import { sentenceAt } from '../segment/sentence-at.js';
import type { Entity, Quote, Segmented, Speaker } from '../types.js';
import { isReportingVerb, quoteEnding, verbText } from './cues/verbs.js';
import { findMarkedQuotes, type MarkedQuote } from './quotes/spans.js';
import { isQuotedTerm } from './quotes/terms.js';
import type { Referent } from './coref.js';
import { DocContext } from './speakers/context.js';
import { isUnnamedBody } from './speakers/generic-body.js';
import { adjacentHeadline, captionPerson, headlineSubject, interviewHeading, labelSpeaker, leadingHeadline, otherSide, trailingHeadline } from './speakers/headline.js';
import { metPerson } from './speakers/interviewee.js';
import { dashAside, parentheticalSpeaker } from './speakers/parenthetical.js';
import { relativeSpeaker } from './speakers/relative.js';
import { circleBefore, heardFrom, isNamingEnd, ownerAnswered, possessorAfter, possessorSentence, unnamedVoices } from './speakers/possessor.js';
import type { Resolved } from './speakers/resolve.js';
import { citedSpeaker, genitiveBefore, sentenceSubject, subjectAfter, subjectBefore } from './speakers/subject.js';
import { GUESSED, mainSpeaker, opensHeadline, sharesWords, speakerNamedBefore } from './headline-owner.js';
import { indirectQuote } from './indirect.js';
import { clauseUnits, type Unit } from './units.js';
import { isSpace, type Word } from './words.js';

/** Words after a quote that make it a question or statement put to someone else: "…"는 질문에. */
const ASKED = /^(?:(?:는|라는|이라는|냐는|란|이란|하는)?\s*(?:질문|물음|진술)|(?:는|라는|이라는|냐는|란|이란) ?질의)/; // 질의 only glued: a line after may open 질의에 나선 의원이
/** Words after a quote naming it as someone's remark: “…”라는 발언, “…”는 주장에 (the owner is the genitive before it). */
const OWN_CLAIM = /^(?:는|라는|이라는|다는|란|이란)\s?(?:발언|주장|말|언급|지적|비판|비난|요구|제안|글|메시지|입장|공세)/;
/** Words after a quote that make it a saying nobody in the article said: "…"는 말이 있다, "…"는 속담처럼. */
const SAYING = /^(?:는|라는|이라는|란|이란)\s*(?:말이 있다|말처럼|말도 있다|속담|격언|옛말)/;
/** A quotative ending glued to the closing mark (“…”라고, “…”며): the quote is reported speech. */
const QUOTATIVE = /^(?:이?라고|고|이?라며|며|이?라면서|면서),?$/;
/** An ending glued to the mark that makes the quote name a noun (“…”는 입장, “…”라는 뜻). */
const NAMING = /^(?:는|이?라는|다는)$/;
/** What a subject voices, as the object of a reporting verb: 입장을 밝혔다, 뜻을 전했다, 글을 올렸다. */
const STANCE = /^(?:입장|뜻|의견|논평|성명|글|메시지|주장|견해|구호)[을를]$/;
/** How far after a quote the words saying it is answered are looked for (…고 주장한 데 대해서는 is 15 letters). */
const ANSWER_SPAN = 24;
/** Words between two quotes saying the second answers the first: …고 주장한 데 대해서는, …라는 지적에. */
const ANSWERS = /(?:데|것에|점에)\s?(?:대해|관해)|(?:는|란)\s(?:지적|비판|주장|반론|요구|비난|공세)에/;
/** Words between a question and the next quote saying it was asked: “…”고 묻자, “…”냐고 물으니. */
const ASKS_THEN = /^(?:이?라고|냐고|고)\s?(?:묻자|물으니|물었더니|질문하자)\s/;
const THIS_WAY = /이같이|이렇게|이와 같이|이처럼/;
/** A subhead's mark alone before a quote (◆ “…”, ■ “…”). */
const SUBHEAD = /^[ \t]*[◆◇■□][ \t]*$/;
/** A word that ends reported speech (…다고, …라며): a sentence with one reports its own words. */
const REPORTED = /(?:다고|라고|냐고|자고|다며|라며|다는|라는)$/;
/** How far (UTF-16 units) before or after a quote its speaker may stand in the same sentence. */
const WINDOW = 300;
/** Headlines and subheads: the sentences whose quotes may be a cut of a later one, at most so many (bounds the search). */
const HEAD_SENTENCES = 4;
/** The fewest letters of a headline quote searched for in longer quotes (정권심판). */
const SHORT_CUT = 4;
const MAX_SEARCHES = 8;
const squash = (s: string) => s.replace(/[\s.,!?…·'"‘’“”]+/g, '');

interface Found {
  speaker: Resolved | null;
  rule: string | null;
  /** For a question put to the speaker: the sentence's subject, who answers in the next quote. */
  carry?: Found;
  /** A question (rule `question`, or one whose asker a genitive names): the memory does not learn its asker. */
  asked?: boolean;
  /** The subject carried past a claim it answers (박 의원의 “…”라는 주장에): the next quote is its answer. */
  answering?: boolean;
}

export function attribute(seg: Segmented, entities: Entity[]): Quote[] {
  const text = seg.text;
  const marked = findMarkedQuotes(text).filter((q) => !isQuotedTerm(text, q));
  const units = clauseUnits(text, marked);
  const ctx = new DocContext(text, entities);
  const out: Quote[] = [];
  const collective = new Set<Quote>(); // headline quotes given to a group (연예계, 주민들): a named person may have said them
  const titles = new Map<Quote, string>(); // the title a quote's speaker was given (환경장관): a headline's description may be that person
  units.forEach((unit, u) => {
    if (unit.quotes.length === 0) {
      const reported = indirectQuote(seg, ctx, unit.start, unit.end);
      if (reported) {
        out.push(reported.quote);
        remember(ctx, reported.speaker, reported.quote.start);
        return;
      }
      const end = Math.min(unit.end, unit.start + WINDOW);
      // An interviewer's question line (-도시철도 2호선은 언제 착공하나.) names no one who answers.
      const asks = isQuestionLine(text, unit.start);
      const met = asks ? null : metPerson(ctx, unit.start, unit.end);
      ctx.interviewee ??= met;
      const r =
        (asks ? null : (met ?? sentenceSubject(ctx, unit.start, end) ?? headlineSubject(ctx, unit.start, end) ?? captionPerson(ctx, unit.start, unit.end))) ??
        interviewHeading(ctx, unit.start, end);
      if (r && r.how !== 'pronoun') remember(ctx, r, unit.start);
      return;
    }
    let previous: Found | null = null;
    const quotes = unit.quotes.map((i) => marked[i]);
    for (let k = 0; k < unit.quotes.length; k++) {
      const q = quotes[k];
      let found = findSpeaker(ctx, marked, units, u, k, quotes, previous);
      if (found.speaker && isUnnamedBody(found.speaker)) found = { speaker: null, rule: found.rule }; // 회사는 “…” with no firm named
      if (found.speaker && !found.asked) remember(ctx, found.speaker, q.open);
      previous = found.asked ? (found.carry ?? previous) : found;
      const quote = toQuote(seg, ctx, marked, unit, k, found);
      // 검찰, 前 장관 소환…“…”: the headline's subject before an ellipsis may not be who said the words after it.
      if (found.rule === 'headline' && (found.speaker?.kind === 'source' || afterEllipsis(text, unit.start, q.open))) collective.add(quote);
      if (found.speaker?.title && (found.speaker.kind === 'person' || (collective.has(quote) && ctx.titledPersons(found.speaker.title) <= 1))) titles.set(quote, found.speaker.title);
      out.push(quote);
    }
  });
  return repeated(seg, out, collective, titles);
}

/**
 * A headline or lead quote no rule attributed, or one a headline gave to a group (…연예계, 추모 물결),
 * takes the speaker of the same words quoted elsewhere in the article ("선수들이 끝까지 버텨줬다"…, later
 * 김 감독은 "선수들이 끝까지 버텨줬다"며). Only quotes of the headline sentences search the others for a longer quote.
 */
function repeated(seg: Segmented, quotes: Quote[], collective: ReadonlySet<Quote>, titles: ReadonlyMap<Quote, string>): Quote[] {
  const text = seg.text;
  const open = (q: Quote) => q.kind === 'direct' && ((q.speaker === null && q.rule === null) || collective.has(q));
  if (!quotes.some(open)) return quotes;
  // Quotes whose own sentence names the speaker; then those a reporting verb carries over from the sentence
  // before (그러면서 “…”고 덧붙였다), not bare quote lines.
  const byWords = new Map<string, Quote>();
  const carried = new Map<string, Quote>();
  for (const q of quotes) {
    if (q.kind !== 'direct' || !q.speaker || collective.has(q)) continue;
    const map = !GUESSED.has(q.rule ?? '') ? byWords : q.rule === 'continuation' && q.verb ? carried : null;
    if (map && !map.has(squash(q.text))) map.set(squash(q.text), q);
  }
  let searches = MAX_SEARCHES;
  let main: Quote | null | undefined; // the article's main speaker, found on first need
  for (const q of quotes) {
    if (!open(q)) continue;
    // The same words, or a headline's cut of a longer quote ("순식간에 물이 불어났다" of "새벽 3시쯤 순식간에 …").
    const words = squash(q.text);
    const cut = words.length >= SHORT_CUT && q.sentence < HEAD_SENTENCES && searches-- > 0;
    const same = byWords.get(words) ?? (cut ? longerQuote(byWords, words) : undefined) ?? carried.get(words) ?? (cut ? longerQuote(carried, words) : undefined);
    const holder = same ?? (collective.has(q) ? titleHolder(quotes, q, titles, collective) : undefined) ?? (q.sentence < HEAD_SENTENCES && q.speaker === null ? speakerNamedBefore(text, q, byWords) : undefined);
    if (holder) {
      q.speaker = holder.speaker && { ...holder.speaker };
      q.rule = 'repeated';
    } else if (q.speaker === null && q.rule === null && opensHeadline(seg, q)) {
      main ??= mainSpeaker(quotes) ?? null;
      if (main && sharesWords(q.text, main.speaker?.name ?? '', quotes)) {
        q.speaker = main.speaker && { ...main.speaker };
        q.rule = 'main-speaker';
      }
    }
  }
  return quotes;
}

/**
 * 멕시코 새 환경장관 “…” in a headline: the one person the body quotes with that title (알레한드로 오르테가
 * 환경장관은 “…”), when the body's words differ from the headline's.
 */
function titleHolder(quotes: Quote[], q: Quote, titles: ReadonlyMap<Quote, string>, collective: ReadonlySet<Quote>): Quote | undefined {
  const title = titles.get(q);
  let found: Quote | undefined;
  for (const other of quotes) {
    if (other === q || titles.get(other) !== title || !other.speaker || collective.has(other) || GUESSED.has(other.rule ?? '')) continue;
    if (found && found.speaker?.name !== other.speaker.name) return undefined; // two so titled: the headline does not say which
    found ??= other;
  }
  return found;
}

function longerQuote(byWords: Map<string, Quote>, words: string): Quote | undefined {
  if (words.length < 6) return shortCut(byWords, words);
  for (const [longer, q] of byWords) if (longer.includes(words) || (words.length * 5 >= longer.length * 3 && dropsParticles(words, longer))) return q;
  return undefined;
}

/**
 * A headline's few words ("정권 심판") cut from the head or the tail of one longer quote ("이번 선거는 정권
 * 심판"): words so short found in the middle, or in two quotes, say nothing of who spoke.
 */
function shortCut(byWords: Map<string, Quote>, words: string): Quote | undefined {
  let found: Quote | undefined;
  for (const [longer, q] of byWords) {
    if (!longer.startsWith(words) && !longer.endsWith(words)) continue;
    if (found && found.speaker?.name !== q.speaker?.name) return undefined;
    found = q;
  }
  return found;
}

/** Whether a headline's words are a longer quote's with some syllables left out, in order (이런 분위기 처음 ← 이런 분위기는 처음). */
function dropsParticles(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

function findSpeaker(ctx: DocContext, marked: MarkedQuote[], units: Unit[], u: number, k: number, all: MarkedQuote[], previous: Found | null): Found {
  const unit = units[u];
  const q = all[k];
  // Speakers stand near their quote: the search windows are bounded, so a huge sentence stays linear.
  const quotes = all.slice(Math.max(0, k - 1), k + 4);
  const after = ctx.text.slice(q.close, q.close + 12);
  const gapFrom = Math.max(k > 0 ? all[k - 1].close : unit.start, q.open - WINDOW);
  if (SAYING.test(ctx.text.slice(q.close, q.close + 16))) return { speaker: null, rule: 'saying' };
  // 의사에게서 “…”는 말을 들었다: the one heard from; “…”는 박 회장의 말에: the genitive, answered next.
  if (isNamingEnd(ctx.text.charCodeAt(q.close))) {
    const heard = heardFrom(ctx, gapFrom, q.open, q.close);
    if (heard !== undefined) return { speaker: heard, rule: heard ? 'possessor' : null, asked: true };
    const told = ownerAnswered(ctx, q.close);
    if (told) return { speaker: told, rule: 'possessor', asked: true };
  }
  if (ASKED.test(after)) {
    const asked = subjectBefore(ctx, gapFrom, q.open, quotes);
    const carry = asked ? { speaker: asked, rule: ruleName(asked, 'subject-before') } : undefined;
    // 정성호 의원의 “…”는 질의에: the one whose question it is asked it.
    const asker = genitiveBefore(ctx, gapFrom, q.open);
    return { speaker: asker, rule: asker ? 'possessor' : 'question', carry, asked: true };
  }
  if (OWN_CLAIM.test(after)) {
    // 박 의원의 “…”라는 주장에 “…”라고 반박했다: the words are the genitive's; the sentence's subject answers next.
    const owner = genitiveBefore(ctx, gapFrom, q.open);
    if (owner) {
      const subject = subjectBefore(ctx, gapFrom, q.open, quotes);
      return { speaker: owner, rule: 'possessor', carry: subject ? { speaker: subject, rule: ruleName(subject, 'subject-before'), answering: true } : undefined, asked: true };
    }
  }
  const unitEnd = Math.min(unit.end, q.close + WINDOW);
  // A quote with no quotative ending may be headline-style: the bare phrase before it names the
  // speaker (김정은 “…”, where 김정은 must not be read as 김정 + 은; 최서준 “…”, 윤하린 “…”).
  const bare = quoteEnding(after) === '' && !/^[가-힣]/.test(after); // not “…생각”한다며
  if (bare) {
    // 사회자: “…”: a transcript's label names the line's speaker, or someone unknown.
    const label = labelSpeaker(ctx, q.open);
    if (label !== undefined) return { speaker: label, rule: 'headline' }; // null: someone unknown, no other rule's guess
    const head = adjacentHeadline(ctx, gapFrom, q.open);
    if (head) return { speaker: head, rule: 'headline' };
  }
  const cited = citedSpeaker(ctx, gapFrom, q.open) ?? citedSpeaker(ctx, q.close, Math.min(unitEnd, q.close + 60));
  if (cited) return { speaker: cited, rule: ruleName(cited, 'cited') };
  // 장관은 야당이 “…”고 주장한 데 대해 “…”: a quote being answered is the words of the subject nearest to it.
  const answeredLater = ANSWERS.test(ctx.text.slice(q.close, Math.min(unitEnd, q.close + ANSWER_SPAN)));
  // The words right after the quote, read by both tests below (one look-up instead of two).
  const tail = ctx.wordsIn(q.close, Math.min(unitEnd, q.close + 40));
  const before = subjectBefore(ctx, gapFrom, q.open, quotes, answeredLater || isRelayed(tail, q), isReported(tail, q));
  if (before?.how === 'pronoun' && k > 0 && previous?.speaker?.name === before.name && ASKS_THEN.test(ctx.text.slice(all[k - 1].close, q.open))) {
    // 기자가 “…”고 묻자 그는 “…”: the one asked answers, not the asker the memory holds last.
    const asked = ctx.memory.lastOther(before.name);
    if (asked && asked.kind !== 'org') return { speaker: { ...fromReferent(asked), mention: before.mention, how: 'pronoun' }, rule: 'pronoun' };
  }
  if (before) return { speaker: before, rule: ruleName(before, 'subject-before') };
  if (bare) {
    const head = leadingHeadline(ctx, gapFrom, q.open);
    if (head) return { speaker: head, rule: 'headline' };
  }
  // “A”며 “B”라고 말했다: one speaker for the sentence's quotes; but after 박 대변인이 “A”고 주장한 데 대해
  // the sentence's left-out subject answers with “B”: whoever held the turn before.
  const answered = previous?.speaker && !previous.answering && ANSWERS.test(ctx.text.slice(gapFrom, q.open)) ? previous.speaker.name : null;
  // 대통령실 “…”…비주류 “…”: a headline's second side, whom no rule above could name.
  if (bare && k > 0 && otherSide(ctx, all[k - 1].close, q.open)) return { speaker: null, rule: 'headline' };
  if (previous && answered === null) return previous.answering ? { speaker: previous.speaker, rule: previous.rule } : previous;
  if (answered !== null && k > 0) {
    // The answer is the sentence's topic's (장관은 … “…”고 주장한 데 대해 “…”), when it is not the one answered.
    const first = all[k - 1];
    const topic = subjectBefore(ctx, Math.max(unit.start, first.open - WINDOW), first.open, quotes);
    if (topic && topic.name !== answered) return { speaker: topic, rule: ruleName(topic, 'subject-before') };
  }
  const aside = parentheticalSpeaker(ctx, q.close);
  if (aside) return { speaker: aside, rule: 'parenthetical' };
  if (dashAside(ctx, q.close)) return { speaker: null, rule: 'parenthetical' };
  const later = subjectAfter(ctx, q.close, unitEnd, quotes);
  if (later) return { speaker: later, rule: ruleName(later, 'subject-after') };
  const described = relativeSpeaker(ctx, q.close, unitEnd);
  if (described) return { speaker: described, rule: ruleName(described, 'relative') };
  const owner = possessorAfter(ctx, q.close) ?? circleBefore(ctx, gapFrom, q.open, q.close);
  if (owner) return { speaker: owner, rule: ruleName(owner, 'possessor') };
  if (bare && k === 0 && /^[\s▲■●◇-]*$/.test(ctx.text.slice(unit.start, q.open))) {
    const lineEnd = ctx.text.indexOf('\n', q.close);
    const tail = trailingHeadline(ctx, q.close, Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, q.close + WINDOW));
    if (tail) return { speaker: tail, rule: 'headline' };
  }
  if (bare && unit.quotes.length === 1 && isBare(ctx.text, unit, q)) {
    const next = nextSentenceSpeaker(ctx, marked, units, u);
    if (next) return { speaker: next, rule: 'subject-next' };
  }
  if (unnamedVoices(ctx, q.close)) return { speaker: null, rule: null };
  // ―해외 진출 계획은. “…”: a bare answer after an interviewer's question is the interviewee's, though
  // someone else (a colleague at the table) spoke last.
  const answerer = bare && u > 0 && isBare(ctx.text, unit, q) && isQuestionLine(ctx.text, units[u - 1].start) ? ctx.interviewee : null;
  if (answerer) return { speaker: answerer, rule: 'interviewee' };
  // ◆ “내년에도 호조”: a subhead previews the section below it, not the last speaker's words.
  if (bare && SUBHEAD.test(ctx.text.slice(unit.start, q.open))) return { speaker: null, rule: null };
  const last = answered === null ? ctx.memory.last() : ctx.memory.lastOther(answered);
  if (last) return { speaker: fromReferent(last), rule: 'continuation' };
  // Nobody spoke before: a bare quote line of an interview or profile is its main person's.
  const main = bare && isBare(ctx.text, unit, q) ? ctx.mainPerson() : null;
  if (main) return { speaker: main, rule: 'main-person' };
  return { speaker: null, rule: null };
}

/**
 * Whether the sentence reports the quote as its own subject's words: a quotative ending glued to the mark
 * and a reporting verb (“…”라고 말했다, “…”며), not a clause describing someone else (“…”이라고 불평하는
 * 어머니) nor a document's wording (“…”라고 규정했다).
 */
function isReported(words: readonly Word[], q: MarkedQuote): boolean {
  if (words[0]?.start !== q.close) return false;
  // “…”는 입장을 밝혔다: the quote names a stand the subject voiced.
  if (NAMING.test(words[0].text)) return STANCE.test(words[1]?.text ?? '') && isReportingVerb(words[2]?.text ?? '');
  if (!QUOTATIVE.test(words[0].text)) return false;
  return words[0].text.endsWith('며') || words[0].text.endsWith('서') || isReportingVerb(words[1]?.text ?? '');
}

/**
 * “…”고 강조했다고 보도했다: the reporting verb is itself reported (-다고), so the quote is the words of the
 * subject nearest to it (김 부부장이), not of the sentence's topic (조선중앙통신은) that relays them.
 */
function isRelayed(words: readonly Word[], q: MarkedQuote): boolean {
  const verb = words[0]?.start === q.close ? words[1] : undefined; // after the glued 고 / 라고
  return verb !== undefined && verb.text.endsWith('다고') && isReportingVerb(verb.text.slice(0, -1));
}

/**
 * The speaker of a quote standing alone, given by the next sentence: a sentence saying it said so
 * (… 이같이 말했다, 할머니가 골목을 가리키며 말했다), or a caption line that is only a name (박도윤 미래당
 * 대선 후보), but not inside a run of quote lines (a subhead under a headline quote continues that speaker).
 */
function nextSentenceSpeaker(ctx: DocContext, marked: MarkedQuote[], units: Unit[], u: number): Resolved | null {
  const next = units[u + 1];
  if (!next) return null;
  const end = Math.min(next.end, next.start + WINDOW);
  const words = ctx.wordsIn(next.start, end);
  const last = words[words.length - 1]?.text ?? '';
  const prev = u > 0 ? units[u - 1] : null;
  if (prev && prev.quotes.length > 0 && !/[.!?]$/.test(ctx.text.slice(prev.start, prev.end).trimEnd())) return null; // under a headline
  // The next sentence says it said so: … 이같이 말했다, or ends on a bare reporting verb with nothing
  // reported in it (최 할머니가 골목을 가리키며 말했다). Such a sentence points back even after quoting sentences.
  const owner = next.quotes.length === 0 ? possessorSentence(ctx, next.start, next.end) : null; // 김 의원의 말이다
  if (owner) return owner;
  const speaks = isReportingVerb(last) || (words.at(-2)?.text === '목소리를' && last.startsWith('높')); // 목소리를 높였다
  // A bare verb points back only to a quote opening its own line: after 김씨는 땀을 훔쳤다. “…” in one
  // paragraph, 동료 박씨도 거들었다 introduces the next quote.
  const bareVerb = speaks && opensLine(ctx.text, units[u].start) && next.quotes.length === 0 && next.end === end && !words.some((w) => REPORTED.test(w.text));
  const saysSo = THIS_WAY.test(ctx.text.slice(next.start, end)) || bareVerb;
  if (!saysSo) {
    if (prev && prev.quotes.length > 0) return null;
    // A caption line naming the speaker: a name with a title, no particles, no byline (파리=… 기자).
    return next.quotes.length === 0 ? captionPerson(ctx, next.start, next.end) : null;
  }
  const firstQuote = next.quotes.length > 0 ? Math.min(marked[next.quotes[0]].open, end) : end;
  return subjectBefore(ctx, next.start, firstQuote, []) ?? subjectAfter(ctx, next.start, end, next.quotes.slice(0, 4).map((i) => marked[i]));
}

/** Whether a quote's mark stands right after an ellipsis (…“…”, ..“…”), within its unit. */
function afterEllipsis(text: string, from: number, open: number): boolean {
  let i = open - 1;
  while (i >= from && text.charCodeAt(i) === 0x20) i--;
  return i >= from && (text.charCodeAt(i) === 0x2026 || (text.charCodeAt(i) === 0x2e && text.charCodeAt(i - 1) === 0x2e));
}

/** Whether a unit opens its line (units start past spaces). */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  return i < 0 || text.charCodeAt(i) === 0x0a;
}

/** How an interview marks its questions at a line's start: -, ―, Q., 문) (the answers are bare quote lines). */
const QUESTION_MARK = /^(?:[-―–—]|Q[.:)]|문\s?[:)])/;

/** Whether a unit opens a line with an interviewer's question mark (-도시철도 2호선은 언제 착공하나.). */
function isQuestionLine(text: string, start: number): boolean {
  return opensLine(text, start) && QUESTION_MARK.test(text.slice(start, start + 3));
}

/** A quote standing alone as its sentence (nothing but marks and punctuation around it). */
function isBare(text: string, unit: Unit, q: MarkedQuote): boolean {
  if (q.open - unit.start > 10 || unit.end - q.close > 10) return false;
  return /^[\s▲■●-]*$/.test(text.slice(unit.start, q.open)) && /^[\s.!?…]*$/.test(text.slice(q.close, unit.end));
}

/** A remembered referent as the speaker of a quote whose sentence names none. */
function fromReferent(r: Referent): Resolved {
  return { name: r.name, entity: r.entity, kind: r.kind, title: r.title, mention: null, how: 'name' };
}

/** The rule label: the position rule when the phrase names the speaker itself, else how it was read. */
function ruleName(r: Resolved, position: string): string {
  return r.how === 'name' ? position : r.how;
}

function remember(ctx: DocContext, r: Resolved, at: number): void {
  ctx.memory.add({ name: r.name, entity: r.entity, kind: r.kind, title: r.title, at });
}

function toQuote(seg: Segmented, ctx: DocContext, marked: MarkedQuote[], unit: Unit, k: number, found: Found): Quote {
  const q = marked[unit.quotes[k]];
  let start = q.start;
  let end = q.end;
  while (start < end && isSpace(seg.text.charCodeAt(start))) start++;
  while (end > start && isSpace(seg.text.charCodeAt(end - 1))) end--;
  const nextOpen = k + 1 < unit.quotes.length ? marked[unit.quotes[k + 1]].open : unit.end;
  const s = found.speaker;
  const speaker: Speaker | null = s ? { entity: s.entity, name: s.name, mention: s.mention } : null;
  return {
    kind: 'direct',
    start,
    end,
    text: seg.text.slice(start, end),
    sentence: seg.sentences.length > 0 ? sentenceAt(seg.sentences, start) : 0,
    speaker,
    verb: verbAfter(ctx, q, Math.min(nextOpen, q.close + WINDOW)),
    rule: found.rule,
  };
}

/** The reporting verb between a quote and the next quote (or the sentence end), else its quotative ending. */
function verbAfter(ctx: DocContext, q: MarkedQuote, to: number): string | null {
  for (const w of ctx.wordsIn(q.close, to)) {
    const word = w.start === q.close ? w.text.slice(quoteEnding(w.text).length) : w.text;
    if (word && isReportingVerb(word)) return verbText(word);
  }
  return quoteEnding(ctx.text.slice(q.close, q.close + 6)) || null;
}
