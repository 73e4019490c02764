// What a speaker phrase names: an entity the recognizers found inside it, a referent of the discourse
// memory (그는, 이 관계자는, 홍 위원은), an organization, an unnamed source, or a name read from the words
// themselves when no recognizer named it.
import { canBeForeignName, isForeignNameWord } from '../../recognize/persons/name-shape.js';
import type { Entity } from '../../types.js';
import { fullerBodyBefore, longerBody, organization } from './bodies.js';
import type { DocContext } from './context.js';
import { shorthand, surnameTitle } from './coref-title.js';
import { description, unnamedSource } from './descriptions.js';
import { asksAfter, onBylineLine } from './byline.js';
import { isNameEndingInGa } from './ga-names.js';
import { isRole, roleHolder } from './role-holder.js';
import { deceased, isDeceased } from './deceased.js';
import { SHORTHAND, isGenericBody, isMember, isReporterTitle, isOrganization, isPronoun, isSurname, isTitle, looksLikeName, sourceEnding, titleEnding } from './lexicons.js';
import { ADNOMINAL, isNonSubject, type NounPhrase, type Word } from './phrase.js';
import { fromReferent, spanOf, type Resolved } from './resolved.js';

export type { Reading, Resolved } from './resolved.js';

/** A 씨 a recognizer left glued to a name of several words (에밀리 존슨씨): not part of the name. */
const GLUED_SSI = /(?<= [가-힣]{2,})씨$/;
const GENITIVE = '의'.charCodeAt(0);
/** Sources speaking for someone else (문태오 의원 측근): the name before them is not theirs. */
const ON_BEHALF = /^(?:측근|변호인|변호인단|대리인|법률대리인|지인|동료|유족|참모|관계자|관계자들)$/;
const PAREN = '('.charCodeAt(0);
const CLOSE_PAREN = ')'.charCodeAt(0);
/** A place written as its local government (서울시, 청솔군, 강남구청). */
const LOCAL_GOVERNMENT = /(?:시|군|구|도|시청|군청|구청|도청)$/;
const DEMONSTRATIVES = new Set(['이', '그', '해당', '동']);
/** Words for a country's government, which a place before them names: 미국 정부, 중국 당국. */
const GOVERNMENT = /^(?:정부|당국)$/;
const PLURAL_PRONOUNS = new Set(['이들', '그들']);
/** Names the article anonymises, kept with their letter: A씨, B군, 김모씨, 박모(45)씨 → 박모씨. */
const GA = 0xac00; // 가
const AGED = /^([가-힣]{2,4})\([^()]*\)(씨|군|양)$/;
const ANONYMISED = /^([A-Z]|[가-힣]모)(?:\([^()]*\))?(씨|군|양)$/;
/** A person entity a recognizer read from an anonymised name (박모 of 박모씨): the speaker keeps 씨. */
const ANONYMISED_ENTITY = /^[가-힣]모$/;

/**
 * Resolves a noun phrase to a speaker, or null when it names none. `loose` accepts an unknown single word
 * as a person's name (하람은 “…”), for subjects that stand right with a quote.
 */
export function resolvePhrase(np: NounPhrase, ctx: DocContext, loose: boolean): Resolved | null {
  const last = np.words[np.words.length - 1];
  // 정부의 한 관계자: 한 is "one" before a source; before a title (한 연구원) it is a surname.
  // 박 전 장관: 전 (former) belongs to the title.
  // An unnamed source keeps 전 as the article describes it (이 전 시장의 변호인).
  const isSource = sourceEnding(last.text) !== '';
  const words = np.words.filter((w) => !(w.text === '한' && isSource) && ((w.text !== '전' && w.text !== '前') || (isSource && w !== np.words[0])));
  if (words.length === 0) return null;
  const head = words[words.length - 1];
  const whole = ctx.span(words[0].start, head.end);
  const owned = ownedByGenitive(np.words, ctx);
  if (owned) return owned;

  if (words.length === 1 && isPronoun(head.text)) {
    // 이들은, 그들은: a group named before, when there is one, rather than the last single speaker.
    const r = (PLURAL_PRONOUNS.has(head.text) ? ctx.memory.lastGroup() : undefined) ?? ctx.memory.lastPerson();
    return r ? fromReferent(r, ctx.span(head.start, head.end), 'pronoun') : null;
  }
  // 동생은, 재판장은 “…”: the person the text gave that role to (피해자의 동생 김모씨).
  const holder = words.length === 1 && isRole(head.text) ? roleHolder(head, ctx) : null;
  if (holder) return holder;
  const died = words.length === 1 && isDeceased(head.text) ? deceased(head, ctx) : null; // 고인은 “…”
  if (died) return died;
  // 이 관계자, 이 교수: "this" + a description; but 이 후보 may be the surname 이 (이도현 후보).
  if (words.length === 2 && DEMONSTRATIVES.has(words[0].text)) {
    const desc = titleEnding(head.text) || sourceEnding(head.text) || head.text;
    const asSurname = sourceEnding(head.text) ? null : surnameTitle(words, ctx, whole, false);
    if (asSurname) return asSurname;
    const r = ctx.memory.byDescription(desc);
    if (r) return fromReferent(r, whole, 'pronoun');
  }

  // 이모(45) 씨, A 씨: an anonymised name with its honorific written apart, as many outlets space 씨.
  const spaced = words.length >= 2 ? ANONYMISED.exec(words[words.length - 2].text + head.text) : null;
  if (spaced) {
    const mention = ctx.span(words[words.length - 2].start, head.end);
    return { name: spaced[1] + spaced[2], entity: null, kind: 'person', title: spaced[2], mention, how: 'name' };
  }

  const inside = ctx.mentionsIn(words[0].start, head.end);
  // 배우 김지원·박보검: several people listed speak together, no one of them alone.
  if (words.some((w) => w.text.includes('·') && inside.filter((m) => m.entity.type === 'PERSON' && m.start >= w.start && m.end <= w.end).length >= 2)) return null;
  // 대학의 한 형법 교수: "one" before the modifiers makes the phrase a description, never a name.
  const indefinite = words.slice(0, -2).some((w) => w.text === '한');
  const named = indefinite ? undefined : inside.findLast((m) => m.entity.type === 'PERSON' && !owns(ctx.text, m.end, head.start) && plausiblePerson(m, words));
  const person = named && !onBehalfOf(named, words) ? named : undefined;
  if (person) {
    const e = person.entity;
    const title = titleEnding(head.text);
    if (ANONYMISED_ENTITY.test(e.name)) {
      const honorific = e.title === '군' || e.title === '양' ? e.title : '씨';
      return { name: e.name + honorific, entity: null, kind: 'person', title: honorific, mention: spanOf(person), how: person.text.startsWith(e.name) ? 'name' : 'coref-title' };
    }
    if (/^[가-힣] (?:씨|군|양)$/.test(e.name)) {
      // 박씨 the article never names in full: written as the article writes it (박씨, not 박 씨).
      const own = surnameTitle(words, ctx, whole, false);
      return own ?? { name: e.name.replace(' ', ''), entity: e.id, kind: 'person', title: e.name.slice(2), mention: ctx.span(person.start, Math.max(person.end, head.end)), how: 'coref-title' };
    }
    if (person.text.startsWith(e.name)) {
      const full = ctx.fullerPerson(e);
      // 레오 몬테르가: a recognizer that read the name's last 가 as the nominative cut it off.
      const cut = ctx.text.charCodeAt(person.end) === GA && isNameEndingInGa(ctx, `${person.text.slice(person.text.lastIndexOf(' ') + 1)}가`);
      if (cut) return { name: `${full.name}가`, entity: full.id, kind: 'person', title: title || e.title || '', mention: ctx.span(person.start, person.end + 1), how: 'name' };
      return { name: full.name.replace(GLUED_SSI, ''), entity: full.id, kind: 'person', title: title || e.title || '', mention: spanOf(person), how: 'name' };
    }
    // 김 후보 linked to 김도원 기자 (titles disagree), or 원 기자 linked to nothing fuller: our own
    // coreference decides when it finds someone.
    const unlinked = /^[가-힣] /.test(e.name);
    const disagree = title !== '' && !(e.title ?? '').endsWith(title);
    const own = unlinked || disagree ? surnameTitle(words, ctx, whole, false) : null;
    if (own && (unlinked || own.title.endsWith(title))) return own;
    // 김 할머니 linked to 남편 김철호 씨, named only later under another title: someone else, written as named.
    if (disagree && e.title && !e.mentions.some((m) => m.start < whole.start && m.text.startsWith(e.name))) return surnameTitle(words, ctx, whole, true);
    // The words that name the speaker run from the surname to its title (홍 위원), though the entity's
    // mention, as NER corpora mark it, is the surname alone.
    const full = ctx.fullerPerson(e);
    return { name: full.name, entity: full.id, kind: 'person', title: title || e.title || '', mention: ctx.span(person.start, Math.max(person.end, head.end)), how: 'coref-title' };
  }
  // 주민들, 팬들, 교원단체들: a plural head is read by its noun, and written as the article gives it.
  // 팬들 is read as 팬, but 아들 is a noun of its own.
  const noun = head.text.length >= 2 && head.text.endsWith('들') && !sourceEnding(head.text) ? head.text.slice(0, -1) : head.text;
  const source = sourceEnding(noun);
  // 김도윤 한빛투자 이코노미스트: a full name before a describing head names the speaker (not 김 의원의 측근).
  const nameFirst =
    source !== '' &&
    !ON_BEHALF.test(noun) &&
    words.length >= 2 &&
    looksLikeName(words[0].text) &&
    ctx.bodyAfterWord(words[0].text) === undefined && // 소속사 X 관계자: 소속사 is no name
    !words.some((w) => w.text === '측' || w.text.endsWith('의'));
  if (nameFirst) return namedPerson(words, ctx, false) ?? unnamedSource(words, ctx, source);
  if (source) return unnamedSource(words, ctx, source);
  if (noun !== head.text && titleEnding(noun) === noun && !isOrganization(noun)) return description(words, ctx); // 카페 사장들, 의원들
  // A place speaks only as a country or city standing alone, untitled (美, 미국은); 시인 한라 is a person.
  const placeSpeaks = words.length === 1 && titleEnding(head.text) === '';
  // 금통위원: a body cut short of a titled head word is the member's body; the member speaks.
  const member = isMember(noun);
  const body = inside.findLast((m) => (m.entity.type === 'ORG' || (m.entity.type === 'PLACE' && placeSpeaks)) && m.end >= head.end - 1 && !(member && m.end < head.end));
  if (body) {
    const named = fullerBodyBefore(body.entity.name, ctx, body.start);
    if (named) return { name: named, entity: body.entity.id, kind: 'org', title: '', mention: spanOf(body), how: 'organization' };
    const fuller = longerBody(words, ctx, body.start);
    if (fuller) return { ...fuller, entity: body.entity.id };
    // 서울시는 “…”: a city's government speaks, written as the article names it (the place is 서울).
    const government = body.entity.type === 'PLACE' && body.text.length > body.entity.name.length && LOCAL_GOVERNMENT.test(body.text);
    return { name: government ? body.text : body.entity.name, entity: body.entity.id, kind: 'org', title: '', mention: spanOf(body), how: 'organization' };
  }

  const coref = surnameTitle(words, ctx, whole, true);
  if (coref) return coref;
  if (words.length === 1 && SHORTHAND.has(head.text)) return shorthand(head, ctx);
  if (words.length === 1 && head.text === '시') return cityBefore(head, ctx);
  if (words.length === 1 && !titleEnding(head.text) && !isGenericBody(head.text)) {
    // 바른미래 for 바른미래당 (but 대통령 is a title, not 대통령실): a body the article names, shortened by its last syllable as headlines do.
    // 소속사 for 소속사 별빛엔터테인먼트: a common noun the article sets before a body's name.
    const body = ctx.organizations.find((x) => x.name.length === head.text.length + 1 && x.name.startsWith(head.text)) ?? ctx.bodyAfterWord(head.text) ?? tailOfBody(ctx, head);
    if (body) return { name: body.name, entity: body.id, kind: 'org', title: '', mention: ctx.span(head.start, head.end), how: 'organization' };
    // 러 “…”, 우크라 “…”: only headlines shorten a country so, and their phrases carry no particle.
    const country = np.particle !== '' || isPronoun(head.text) || isNonSubject(head.text) ? undefined : ctx.countryStartingWith(head.text);
    if (country) return { name: country.name, entity: country.id, kind: 'org', title: '', mention: ctx.span(head.start, head.end), how: 'organization' };
  }
  if (head.text === '측' && words.length >= 2) {
    // 강 전 시장 측, 최씨 측: the side of a person speaks for them; 소속사 측 for the body.
    const side = resolvePhrase({ ...np, words: words.slice(0, -1) }, ctx, false);
    return side?.kind === 'person' ? side : organization(words[words.length - 2], ctx);
  }
  // 미국 정부는, 일본 당국은: a foreign government keeps its country (정부 alone is the article's own).
  const country = GOVERNMENT.test(head.text) && words.length >= 2 ? ctx.mentionsIn(words[words.length - 2].start, words[words.length - 2].end).find((m) => m.entity.type === 'PLACE' && m.text === words[words.length - 2].text) : undefined;
  if (country) {
    const mention = ctx.span(country.start, head.end);
    return { name: `${country.entity.name} ${head.text}`, entity: null, kind: 'org', title: '', mention, how: 'organization' };
  }
  if (isOrganization(noun) && !isTitle(noun) && !member) {
    const short = organization(head, ctx);
    return short.name !== head.text ? short : (longerBody(words, ctx, head.start) ?? short);
  }
  if (indefinite && titleEnding(head.text)) return description(words, ctx);
  // 한 취업준비생은 “…”: "one" and a noun, someone the article describes without naming.
  // 한 원로 정치인은: bare nouns between 한 and the head modify it.
  const modifiers = words.slice(1, -1);
  const described = words.length <= 4 && modifiers.every((w) => /^[가-힣0-9]{1,6}$/.test(w.text) && !ADNOMINAL.test(w.text));
  if (loose && words.length >= 2 && described && words[0].text === '한' && /^[가-힣]{3,8}$/.test(noun) && !titleEnding(noun) && inside.length === 0) return description(words, ctx);
  return namedPerson(words, ctx, loose);
}

/**
 * Whether the name ending at `end` owns the phrase's head (윤서아의 소속사 별빛엔터테인먼트, 한별(29)의 소속사):
 * then the head, not the person, speaks.
 */
function owns(text: string, end: number, headStart: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === PAREN) while (at < headStart && text.charCodeAt(at++) !== CLOSE_PAREN); // the phrase bounds the scan
  return at < headStart && text.charCodeAt(at) === GENITIVE;
}

/** 김만배씨 측 변호인, 김 의원 측근, 정 후보 캠프 관계자: someone speaking for the person, an unnamed source of its own. */
function onBehalfOf(person: { start: number }, words: Word[]): boolean {
  const head = words[words.length - 1].text;
  if (sourceEnding(head) === '') return false;
  return ON_BEHALF.test(head) || head.startsWith('측근') || words.some((w) => w.start > person.start && w.text === '측');
}

/**
 * Whether a recognizer's person mention inside a speaker phrase is believable: not a body or a title
 * (더불어민주당, 형법), not cut from a titled word (한국지 of 한국지사장: titles stand apart, but 씨 is glued),
 * and not a non-name word when the phrase holds a Korean name of its own (한빛캐피탈 서민준 감독).
 */
function plausiblePerson(m: { start: number; end: number; text: string; entity: { name: string } }, words: Word[]): boolean {
  const text = m.text;
  // 캠프 관계자: a description a recognizer took for a name ends with a source's head word.
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (isOrganization(text) || titleEnding(text) === text || sourceEnding(lastWord) === lastWord) return false;
  const word = words.find((w) => w.start <= m.start && m.end < w.end);
  if (word && m.start === word.start && titleEnding(word.text).length > 1 && titleEnding(word.text) === word.text.slice(m.end - word.start)) return false;
  const name = m.entity.name;
  // 알레한드로 오르테가: a full foreign name the recognizer read with its last 가 is no stem and nominative.
  // 오타니 쇼헤이: and one ending in 이 (쇼헤이, 레이) is no stem and nominative either.
  const inGa = (text.endsWith('가') || text.endsWith('이')) && text.includes(' ') && text === name;
  if (/[은는이가을를의]$/.test(text) && !looksLikeName(text) && !inGa) return false; // 출신의, 장관은
  const i = words.findIndex((w) => w.text.startsWith(text));
  // Two syllables that open with no surname: the end of a fuller name (밀러 of 존 밀러), or a name right
  // before the title (린젠 대변인).
  if (/^[가-힣]{2}$/.test(text) && !isSurname(text[0]) && !name.endsWith(` ${text}`)) return i >= 0 && i === words.length - 2 && titleEnding(words[i + 1].text) !== '';
  if (text.includes(' ') || looksLikeName(text, true)) return true;
  if (words.some((w) => w.text !== text && looksLikeName(w.text))) return false;
  // Another word (트럼프, 브라운) counts only standing right before the title that heads the phrase.
  return i >= 0 && words.slice(i + 1).every((w) => titleEnding(w.text) !== '' || isOrganization(w.text));
}

/**
 * Whether an unknown word is shaped like a person's name: Korean (하람), transliterated (로드리게스), or
 * given in full elsewhere in the text (파월 → 제롬 파월); not 정책, 월요일, 민주당원들.
 */
function personShaped(word: string, ctx: DocContext): boolean {
  if (word.endsWith('들')) return false;
  return looksLikeName(word, true) || isForeignNameWord(word) || ctx.fullerName(word) !== word || ctx.entityNamed(word)?.type === 'PERSON';
}

/**
 * A person named in the words themselves (홍민 통일연구원 선임연구위원, 배우 소라, 구민재, 트럼프 대통령),
 * else a description of one (검사 출신 변호사, 유족 대표), else a bare title standing for someone
 * named before (기자는, 北 기자).
 */
function namedPerson(words: Word[], ctx: DocContext, loose: boolean): Resolved | null {
  const head = words[words.length - 1];
  const anonymised = ANONYMISED.exec(head.text);
  if (anonymised) {
    const mention = ctx.span(head.start, head.end);
    return { name: anonymised[1] + anonymised[2], entity: null, kind: 'person', title: anonymised[2], mention, how: 'name' }; // A씨, 김모씨
  }
  // 정미란(38)씨는: a full name with an age aside and 씨 glued on, which no recognizer found.
  const aged = AGED.exec(head.text);
  if (aged && looksLikeName(aged[1])) {
    const e = ctx.entityNamed(aged[1]);
    return { name: aged[1], entity: e?.id ?? null, kind: 'person', title: aged[2], mention: ctx.span(head.start, head.start + aged[1].length), how: 'name' };
  }
  const glued = gluedName(head.text);
  if (glued) {
    // 박도윤본부장은: a full name with its title glued on, as older texts and some outlets write it.
    const mention = ctx.span(head.start, head.start + glued.length);
    const e = ctx.entityNamed(glued);
    return { name: glued, entity: e?.id ?? null, kind: 'person', title: head.text.slice(glued.length), mention, how: 'name' };
  }
  const title = titleEnding(head.text) || (words.length > 1 ? titleEnding(words[0].text) : '');
  // Name candidates: not titles, bodies, sources, nor 의-words; not a place or body a recognizer found,
  // unless a title stands right before it (시인 한라: the poet, not the mountain; but 남아공 대통령: the
  // country is the title's).
  const besideTitle = (w: Word) => {
    const before = words[words.indexOf(w) - 1];
    return before !== undefined && titleEnding(before.text) !== '';
  };
  const candidates = words.filter(
    (w) =>
      !titleEnding(w.text) &&
      !isOrganization(w.text) &&
      !sourceEnding(w.text) &&
      w.text !== '전' &&
      !/의$/.test(w.text) &&
      !(ctx.mentionsIn(w.start, w.end).some((m) => m.entity.type !== 'PERSON') && !besideTitle(w)),
  );
  // A two-syllable name (소라, 홍민) only right before its title or standing alone with the quote.
  const beside = (w: Word | undefined) => w !== undefined && titleEnding(w.text) !== '';
  const shortOk = (w: Word) => beside(words[words.indexOf(w) + 1]) || beside(words[words.indexOf(w) - 1]) || (loose && words.length === 1);
  let name = candidates.find((w) => looksLikeName(w.text, shortOk(w)));
  // 무진 스님: a monk goes by a dharma name of two syllables, shaped like no Korean name.
  const before = words[words.length - 2];
  if (!name && head.text === '스님' && before && candidates.includes(before) && /^[가-힣]{2}$/.test(before.text)) name = before;
  // An unknown word as a name: alone with the quote (하람은 “…”), or a foreign name before a title.
  // 존 브라운 전 미 국무부 대변인: transliterated words opening the phrase name the person.
  if (!name && title && candidates.length > 0 && candidates[0] === words[0] && isForeignNameWord(words[0].text)) name = words[0];
  const beforeCountry = !name && title ? (foreignBeforeCountry(words, ctx) ?? foreignBeforeBody(words, ctx)) : null;
  if (beforeCountry) return { name: beforeCountry.text, entity: null, kind: 'person', title, mention: beforeCountry, how: 'name' };
  const minLength = title ? 3 : 2;
  const only = candidates.length === 1 ? candidates[0].text : '';
  if (!name && loose && new RegExp(`^[가-힣]{${minLength},5}$`).test(only) && !titleEnding(only) && personShaped(only, ctx)) name = candidates[0];
  const whole = ctx.span(words[0].start, head.end);
  if (!name) {
    if (!titleEnding(head.text)) return null; // 김도현 장관 첫 출근: the title must head the phrase
    const described = words.some((w) => !titleEnding(w.text) && !isOrganization(w.text) && !SHORTHAND.has(w.text) && w.text !== '전');
    if (described) return titledInBody(words, title, ctx) ?? description(words, ctx); // 검사 출신의 변호사, 유족 대표
    const r = ctx.memory.byDescription(title);
    if (r) return fromReferent(r, whole, 'pronoun');
    // 기자는 “…”: the byline's reporter only when asking (기자가 “…”고 묻자); else a reporter the text names, or none.
    const notByline = (at: number) => !isReporterTitle(title) || asksAfter(ctx.text, whole.end) || !onBylineLine(ctx.text, at);
    const t = ctx.titledByTitle(title, whole.start);
    if (t && notByline(t.at)) {
      // 이시바 시게루 총리: the spelling scan sees 시게루 총리; the recognizer's person there has the whole name.
      const end = t.at + t.name.length;
      const e = ctx.mentionsIn(t.at - 12, end).find((m) => m.end === end && m.entity.type === 'PERSON' && m.entity.name.endsWith(t.name))?.entity ?? ctx.entityNamed(t.name);
      return { name: e?.name ?? t.name, entity: e?.id ?? null, kind: 'person', title, mention: whole, how: 'pronoun' };
    }
    const e = ctx.personWithTitle(title, whole.start);
    if (e && e.mentions.some((m) => notByline(m.start))) return { name: e.name, entity: e.id, kind: 'person', title, mention: whole, how: 'pronoun' };
    return description(words, ctx); // 검사가 “…”: no one so titled before, so the title itself
  }
  // A foreign name of two words (피터 존슨) when no recognizer gave it.
  let end = name.end;
  const i = words.indexOf(name);
  const nextWord = words[i + 1];
  if (nextWord && nextWord !== head && isForeignNameWord(name.text) && (isForeignNameWord(nextWord.text) || isNameEndingInGa(ctx, nextWord.text))) end = nextWord.end;
  else if (nextWord && nextWord !== head && /^[0-9]{1,2}세$/.test(nextWord.text)) end = nextWord.end; // 레오 14세: a ruler's number is the name's
  const mention = ctx.span(name.start, end);
  const full = ctx.entityNamed(mention.text) ? mention.text : ctx.fullerName(mention.text);
  const e = ctx.entityNamed(full);
  return { name: full, entity: e?.id ?? null, kind: 'person', title, mention, how: 'name' };
}

/** The full Korean name a title is glued to (박도윤본부장 → 박도윤), or null (이사장, 정부대변인). */
function gluedName(word: string): string | null {
  const title = titleEnding(word);
  if (!title || title.length === word.length) return null;
  const stem = word.slice(0, -title.length);
  return stem.length >= 3 && looksLikeName(stem) && !isOrganization(stem) ? stem : null;
}

/**
 * The one person the article gives this title in a body the phrase names: a headline's 유니세프 한국위원회
 * 신임 사무총장 is the 정인숙 유니세프 한국위원회 사무총장 of the body text.
 */
function titledInBody(words: Word[], title: string, ctx: DocContext): Resolved | null {
  const said = new Set(words.map((w) => w.text));
  let found: Entity | undefined;
  for (const e of ctx.entities) {
    if (e.type !== 'PERSON' || !e.title?.endsWith(title) || !e.affiliation?.split(' ').some((a) => said.has(a))) continue;
    if (found) return null; // two such people: the phrase does not say which
    found = e;
  }
  if (!found) return null;
  return { name: found.name, entity: found.id, kind: 'person', title, mention: ctx.span(words[0].start, words[words.length - 1].end), how: 'coref-title' };
}

/**
 * 서울대병원의 한 교수, 민주당 한 의원: 한 after an 의-word or a body's name is "one", and the body before
 * it describes the speaker (서울대병원 교수), unless the article names someone surnamed 한 with that title.
 */
function ownedByGenitive(words: Word[], ctx: DocContext): Resolved | null {
  if (words.length !== 2 || words[0].text !== '한') return null;
  const title = titleEnding(words[1].text);
  const space = words[0].start - 1;
  if (!title || ctx.text.charCodeAt(space) !== 0x20) return null;
  // … 의 한, or a body's name right before 한 (민주당 한 의원, 시의회 한 의원).
  const genitive = ctx.text.charCodeAt(space - 1) === GENITIVE;
  const end = genitive ? space - 1 : space;
  let from = end;
  while (from > 0 && end - from < 20 && /[가-힣A-Za-z0-9]/.test(ctx.text[from - 1])) from--;
  if (from === end) return null; // 의 alone
  const owner = { start: from, end, text: ctx.text.slice(from, end) };
  if (!genitive && !((isOrganization(owner.text) && !isTitle(owner.text)) || ctx.mentionsIn(from, end).some((m) => m.entity.type === 'ORG' && m.start === from))) return null;
  if (ctx.entities.some((e) => e.type === 'PERSON' && e.name.startsWith('한') && e.title?.endsWith(title))) return null;
  return description([owner, words[1]], ctx);
}

/**
 * 시릴 라마포사 남아공 대통령: two words before a country a recognizer found and the title heading the
 * phrase name a foreign person, however they are spelled.
 */
function foreignBeforeCountry(words: Word[], ctx: DocContext): { start: number; end: number; text: string } | null {
  if (words.length !== 4) return null;
  const [first, family, country] = words;
  if (!ctx.mentionsIn(country.start, country.end).some((m) => m.entity.type === 'PLACE' && m.text === country.text)) return null;
  // A first name and a family name of three syllables or more, neither ending like a word before a noun
  // (회담 상대인): shorter words there are mostly nouns and adverbs.
  if (family.text.length < 3 || ![first, family].every((w) => canBeForeignName(w.text) && !ADNOMINAL.test(w.text))) return null;
  return ctx.span(first.start, family.end);
}

/**
 * 태미 브루스 미 국무부 대변인: a first name and a transliterated family name opening the phrase, then only
 * a country's short name, bodies and the title: the two words name a foreign person (the first, 태미, may
 * be shaped like a Korean name).
 */
function foreignBeforeBody(words: Word[], ctx: DocContext): { start: number; end: number; text: string } | null {
  if (words.length < 3 || words.length > 6) return null;
  const [first, family] = words;
  if (first.text.length < 2 || !canBeForeignName(first.text) || !isForeignNameWord(family.text) || ADNOMINAL.test(first.text)) return null;
  const rest = words.slice(2, -1);
  if (!rest.every((w) => w.text.length === 1 || isOrganization(w.text) || SHORTHAND.has(w.text) || ctx.mentionsIn(w.start, w.end).some((m) => m.entity.type !== 'PERSON'))) return null;
  return ctx.span(first.start, family.end);
}

/**
 * 평가원 for 한국교육과정평가원, 공단 for 국민건강보험공단: the last part of a body's long name that the
 * article gives (a headline shortens a name its body spells out later); three syllables at least (not 원, 부).
 */
function tailOfBody(ctx: DocContext, head: Word): Entity | undefined {
  if (head.text.length < 3) return undefined;
  return ctx.organizations.find((x) => x.name.length > head.text.length + 1 && x.name.endsWith(head.text));
}

/** How far back (UTF-16 units) the city a bare 시는 means is looked for. */
const CITY_BACK = 2000;

/**
 * 시는 “…”: the city government the article named last before (인천시는 … 시는), written as named; none
 * named (a poem, 詩) is no speaker.
 */
function cityBefore(head: Word, ctx: DocContext): Resolved | null {
  const city = ctx.mentionsIn(Math.max(0, head.start - CITY_BACK), head.start).findLast((m) => m.entity.type !== 'PERSON' && m.text.length > 1 && m.text.endsWith('시'));
  return city ? { name: city.text, entity: city.entity.id, kind: 'org', title: '', mention: ctx.span(head.start, head.end), how: 'organization' } : null;
}
