// Organizations: known names (data/names.txt), names by their ending (연구원, 지검, 당), capital-letter
// abbreviations, outlets in bylines, abbreviations the article defines, names told by the words around
// them (byContext), the other members of a list of names (list-members.ts), glosses in brackets
// (까르띠에(Cartier)) and short forms (신문 → 노동신문) of names the article gave; clubs named by their city and
// owner (전북 현대) and the city standing for the club after it (sponsor-club.ts). One pass over the
// words of the document; lexicons are built at module load.
import type { Mention, Segmented } from '../../types.js';
import { inModelName } from './acronym.js';
import { definedAliases } from './aliases.js';
import { bylineOutlets } from './byline.js';
import { isClub, ownerBefore } from './clubs.js';
import { isHanja, KNOWN, SPACED, SPACED_FIRST } from './lexicon.js';
import { authorityBefore } from './authority.js';
import { contextCues, Cue } from './cues.js';
import { firmBeforeTitle } from './firm-before-title.js';
import { glossAfter } from './gloss.js';
import { headNoteAt } from './head-note.js';
import { CompanyMarks } from './incorporated.js';
import { introducedAt, Reports } from './introduced.js';
import { letterFirmAt } from './letter-firm.js';
import { kindListMembers, listMembers, mayEndKindList } from './list-members.js';
import { readList } from './lists.js';
import { organAfterPlace } from './organs.js';
import { placeBefore } from './place-before.js';
import { platformAt } from './platform.js';
import { calledAt, quotedNameAt } from './quoted.js';
import { schoolAt } from './school.js';
import { clubCities, SPONSOR_FIRST, sponsorClubAt } from './sponsor-club.js';
import { isSharedPlace } from './shared-place.js';
import { unionFirms } from './union-firm.js';
import { unitAfter } from './units.js';
import { WORD_FIRM_FIRST, type WordFirm, wordFirmAt, wordFirms } from './word-firm.js';
import { isWordLetter, wordEnd } from './scan.js';
import { docNames, isParticle, LONGEST_SHORT_FORM, matchWord, mayHoldName, SHORT_FORMS } from './word.js';
import { makeMention } from '../mention.js';

const TITLE_NAMES = new Set(readList('title-names.txt'));
/** A name and a title of research or business after a word: 김민 박사, 홍길동 수석연구원. */
const NAME_AND_TITLE = /^ [가-힣]{2,4} [가-힣]{0,4}(?:박사|연구원|연구위원|위원|교수|소장|센터장|실장|팀장|부장|이사|전무|상무)/;

/** A rank before a job title (수석 이코노미스트, 선임 이코노미스트): the title, not the outlet. */
const RANK_BEFORE = /(?:수석|선임|책임|전임|전문|치프) $/;

// A short form before its leader's title is part of the title, not a mention (당 대표, 당 대변인).
const LEADER_AFTER = /^ (?:대표|대변인|의장|최고위원|원내대표|사무총장|위원장|지도부)(?![단팀적작성])/;

// A body's part written after it with a space is one name: 국회 국토교통위원회, 청와대 민정비서관실,
// 경남대 극동문제연구소, 유엔 안보리; so is a unit no name on its own stands for (see units.ts).
const PART_OF_BODY = /(?:위원회|비서관실|비서실|연구소|안보리|이사회)$/;

/** What the context rules look up once per document: where 보도, 전했 and (주) occur. */
interface DocContext {
  reports: Reports;
  relays: Reports;
  marks: CompanyMarks;
}

interface Found extends Mention {
  /** The full names an abbreviation may stand for (none for a full name). */
  full: string[];
}

export function findOrganizations(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const bylines = bylineOutlets(text).filter((b) => !inSkip(skip, b.start, b.end));
  // Names this document defines: abbreviations in brackets, and outlets its bylines name (헤드라인제주).
  const defined = definedAliases(text);
  for (const b of bylines) if (!KNOWN.has(b.name)) defined.set(b.name, b.name);
  for (const firm of unionFirms(text)) if (!defined.has(firm)) defined.set(firm, firm);
  const doc = docNames(defined);
  const found: Found[] = [];
  const context: DocContext = { reports: new Reports(text), relays: new Reports(text, '전했'), marks: new CompanyMarks(text) };
  const kindEnds: number[] = []; // where 등 may end a list told by its kind (한빛, 누리 등 2개 회사)
  const firmWords: WordFirm[] = []; // names that are also words (기아), kept if the words around show a company
  let s = 0;
  let taken = 0; // end of the last name of several words, whose later words are not looked at again
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = wordEnd(text, start);
    if (end === start) {
      end++;
      continue;
    }
    if (mayEndKindList(text, start, end)) kindEnds.push(start);
    while (s < skip.length && skip[s].end <= start) s++;
    if (start < taken || (s < skip.length && skip[s].start < end)) continue;
    const club = SPONSOR_FIRST[text.charCodeAt(start)] === 1 ? sponsorClubAt(text, start, end) : undefined;
    if (club) {
      if (found.at(-1)?.start === club[0]) found.pop(); // the city may have been read as a body's name
      const name = text.slice(club[0], club[1]);
      found.push({ type: 'ORG', start: club[0], end: club[1], text: name, name, full: [], rule: 'sponsor-club' });
      taken = club[1];
      continue;
    }
    const spaced = SPACED_FIRST[text.charCodeAt(start)] === 1 ? spacedName(text, start, end) : undefined;
    if (spaced) {
      found.push({ type: 'ORG', start, end: start + spaced.length, text: spaced, name: spaced, full: [], rule: 'known' });
      taken = start + spaced.length;
      continue;
    }
    const w = mayHoldName(text, start, end, doc) ? matchWord(text.slice(start, end), doc) : null;
    if (!w) {
      const firm = WORD_FIRM_FIRST[text.charCodeAt(start)] === 1 ? wordFirmAt(text, start, end) : undefined;
      if (firm) {
        firmWords.push(firm);
        continue;
      }
      const cues = contextCues(text, start, end, context.marks.any);
      const other = cues === 0 ? null : byContext(text, start, end, found.at(-1)?.end ?? 0, context, cues);
      if (other) {
        found.push(other);
        taken = other.end; // a quoted name of several words
      }
      continue;
    }
    if (w.rule === 'acronym' && (inEnglish(text, start, end) || glossed(text, end) || inModelName(text, start, end) || glossesNonBody(text, start))) continue;
    if (w.short && w.length === end - start && LEADER_AFTER.test(text.slice(end, end + 8))) continue;
    // 한빛전자 이코노미스트, 이코노미스트 김민 박사, 수석 이코노미스트: a name that is also a job title, after a
    // body or a rank or before someone's name and title, is that person's title.
    if (w.length === end - start && isSharedPlace(text, end, w.name)) continue;
    if (TITLE_NAMES.has(w.name) && (text.slice(found.at(-1)?.end ?? -2, start) === ' ' || NAME_AND_TITLE.test(text.slice(end, end + 16)) || RANK_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) continue;
    const mention: Found = { type: 'ORG', start, end: start + w.length, text: w.name, name: w.name, full: w.full, rule: w.rule };
    if (w.short) mention.partial = 'short';
    const owner = w.rule === 'known' && isClub(w.name) ? ownerBefore(text, start) : -1;
    if (owner >= 0) {
      // The owner word may have been read as a name of its own (롯데): the club's name takes it in.
      if (found.at(-1)?.start === owner) found.pop();
      mention.start = owner;
      mention.text = mention.name = text.slice(owner, mention.end);
      mention.rule = 'club';
    }
    const unit = w.length === end - start && !w.short ? unitAfter(text, end, w.name) : '';
    if (unit && isParticle(wordRest(text, end + unit.length))) {
      mention.end = end + unit.length;
      mention.text = mention.name = text.slice(mention.start, mention.end);
      mention.rule = 'unit-of-body';
      mention.full = [];
    }
    found.push(mention);
  }
  const clubs = found.filter((f) => f.rule === 'sponsor-club');
  if (clubs.length > 0) for (const [start, end, club] of clubCities(text, clubs)) found.push({ type: 'ORG', start, end, text: text.slice(start, end), name: club, full: [], rule: 'club-city' });
  const starts = new Set(found.map((f) => f.start));
  for (const b of bylines) if (!starts.has(b.start)) found.push({ ...b, full: [] });
  found.sort((a, b) => a.start - b.start);
  const firms = firmWords.length > 0 ? wordFirms(text, firmWords, found, new Set(found.map((f) => f.name))) : [];
  if (firms.length > 0) {
    for (const f of firms) found.push(mention(text, f.start, f.end, 'word-firm'));
    found.sort((a, b) => a.start - b.start);
  }
  const members = listMembers(text, found);
  const kindMembers = kindEnds.length > 0 ? kindListMembers(text, kindEnds) : [];
  if (kindMembers.length > 0) {
    const listed = new Set([...found, ...members].map((m) => m.start));
    for (const m of kindMembers) if (!listed.has(m.start)) members.push(m);
  }
  if (members.length > 0) {
    for (const m of members) found.push(mention(text, m.start, m.end, 'list-member'));
    found.sort((a, b) => a.start - b.start);
  }
  return resolveNames(text, withGlosses(text, joinPlaces(text, joinDotted(text, joinParts(text, found)))));
}

/** A name told by the words around it: 사법 당국, 누리게임즈(대표 김민수), (주)누리테크, B사, 단원고 학생, 트위터는, 미국 의회, 누리건설 대표, '누리벤처'라는 회사, 일간 누리일보 (authority.ts, incorporated.ts, letter-firm.ts, school.ts, platform.ts, head-note.ts, organs.ts, firm-before-title.ts, quoted.ts, introduced.ts): each tried only when the word has its cue (cues.ts). */
function byContext(text: string, start: number, end: number, lastEnd: number, context: DocContext, cues: number): Found | null {
  if ((cues & Cue.authority) !== 0 && text.startsWith('당국', start) && isParticle(text.slice(start + 2, end))) {
    const from = authorityBefore(text, start);
    if (from >= lastEnd && from >= 0) return mention(text, from, start + 2, 'suffix:당국');
  }
  const incorporated = (cues & Cue.marks) !== 0 ? context.marks.nameAt(text, start, end) : 0;
  if (incorporated > 0) return mention(text, start, start + incorporated, 'incorporated');
  const lettered = (cues & Cue.letter) !== 0 ? letterFirmAt(text, start, end) : 0;
  if (lettered > 0) return mention(text, start, start + lettered, 'letter-firm');
  const school = (cues & Cue.school) !== 0 ? schoolAt(text, start, end) : 0;
  if (school > 0) return mention(text, start, start + school, 'school');
  const platform = (cues & Cue.platform) !== 0 ? platformAt(text, start, end) : 0;
  if (platform > 0) return mention(text, start, start + platform, 'platform');
  const headed = (cues & Cue.headNote) !== 0 ? headNoteAt(text, start, end) : 0;
  if (headed > 0) return mention(text, start, start + headed, 'head-note');
  const organ = (cues & Cue.organ) !== 0 ? organAfterPlace(text, start, end) : null;
  if (organ && organ[0] >= lastEnd) return mention(text, organ[0], organ[1], 'organ-of-place');
  const firm = (cues & Cue.firm) !== 0 ? firmBeforeTitle(text, start, end) : 0;
  if (firm > 0) return mention(text, start, start + firm, 'firm-before-title');
  const quoted = (cues & Cue.quoted) !== 0 ? quotedNameAt(text, start) : 0;
  if (quoted > 0) return mention(text, start, start + quoted, 'quoted');
  const called = (cues & Cue.called) !== 0 ? calledAt(text, start, end) : 0;
  if (called > 0) return mention(text, start, start + called, 'called');
  const introduced = (cues & Cue.introduced) !== 0 ? introducedAt(text, start, end, context.reports, context.relays) : 0;
  return introduced > 0 ? mention(text, start, start + introduced, 'introduced') : null;
}

function mention(text: string, start: number, end: number, rule: string): Found {
  const name = text.slice(start, end);
  return { type: 'ORG', start, end, text: name, name, full: [], rule };
}

/** 국회 + 국토교통위원회 → one mention 국회 국토교통위원회. */
function joinParts(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    if (prev && !prev.partial && !f.partial && text.slice(prev.end, f.start) === ' ' && PART_OF_BODY.test(f.name)) {
      const joined = text.slice(prev.start, f.end);
      out[out.length - 1] = { ...prev, end: f.end, text: joined, name: joined, full: [], rule: 'part-of-body' };
    } else out.push(f);
  }
  return out;
}

/**
 * Words joined by · onto a name by its ending are part of it (항공·철도사고조사위원회, 하나·외환은행), unless
 * they are names themselves (삼성전자·LG전자).
 */
function joinDotted(text: string, found: Found[]): Found[] {
  return found.map((f, i) => {
    if (f.partial || !f.rule.startsWith('suffix:')) return f;
    const limit = i > 0 ? found[i - 1].end : 0;
    let start = f.start;
    for (let from = start - 1; from > limit && text[from] === '·'; from = start - 1) {
      let w = from;
      while (w > limit && isWordLetter(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, from);
      // An age or a one-syllable word is no part of a name (홍민(23·강원도청), 시·도교육청); 12·29 is.
      const digits = /^[0-9]+$/.test(word);
      if (word.length < (digits ? 1 : 2) || (digits && !/[0-9]/.test(text[from + 1]))) break;
      start = w;
    }
    if (start === f.start) return f;
    const joined = text.slice(start, f.end);
    return { ...f, start, text: joined, name: joined, full: [] };
  });
}

/**
 * 인천시 + 선거관리위원회 → one mention 인천시 선거관리위원회 (see place-before.ts), for a name made by its
 * ending only: a known name is one without its country (북한 노동당 → 노동당).
 */
function joinPlaces(text: string, found: Found[]): Found[] {
  let prevEnd = -1;
  return found.map((f) => {
    const from = f.partial || !f.rule.startsWith('suffix:') ? -1 : placeBefore(text, f.start, f.name);
    const after = prevEnd;
    prevEnd = f.end;
    if (from < 0 || from < after) return f;
    const joined = text.slice(from, f.end);
    return { ...f, start: from, text: joined, name: joined, full: [], rule: `place-${f.rule}` };
  });
}

/** 누리전자(Nuri Electronics): the gloss in brackets is a mention of the name before it (see gloss.ts). */
function withGlosses(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    out.push(f);
    const gloss = f.partial ? null : glossAfter(text, f.end);
    if (gloss && (found[i + 1]?.start ?? Infinity) >= gloss[1]) {
      out.push({ ...f, start: gloss[0], end: gloss[1], text: text.slice(gloss[0], gloss[1]), rule: 'gloss' });
    } else if (gloss && found[i + 1].start === gloss[0] && found[i + 1].end === gloss[1]) {
      found[i + 1] = { ...found[i + 1], name: f.name, full: f.full }; // an abbreviation glossing the name (누리전자(NE)) stands for it
    }
  }
  return out;
}

/**
 * Names in document order: a short form is kept only after a name it can stand for (신문 after 노동신문);
 * an alias takes its full name when the article gives that name too (금통위 → 금융통화위원회), a Hanja
 * shorthand or an abbreviation the article defined always (靑 → 청와대, KOVO → 한국배구연맹).
 */
function resolveNames(text: string, found: Found[]): Mention[] {
  const given = new Set(found.filter((f) => !f.partial).map((f) => f.name));
  const clubs = clubsGiven(found);
  const shortsReady = new Set<string>(); // short forms some name given so far ends with
  const out: Mention[] = [];
  for (const f of found) {
    if (f.partial) {
      if (shortsReady.has(f.name)) out.push(orgMention(f, f.name));
      continue;
    }
    const full = f.full;
    const club = clubs.get(f.name);
    const name = (isHanja(f.name) || f.rule === 'defined-alias' ? full[0] : full.find((n) => given.has(n))) || (club && !GROUP_AFTER.test(text.slice(f.end, f.end + 3)) ? club : f.name);
    for (let i = Math.max(1, name.length - LONGEST_SHORT_FORM); i < name.length; i++) {
      if (SHORT_FORMS.has(name.slice(i))) shortsReady.add(name.slice(i));
    }
    out.push(orgMention(f, name));
  }
  return out;
}

/**
 * LG 트윈스 … LG는 … 트윈스는: in an article that names a club, its sponsor's or city's name alone and its
 * own name alone stand for the club (each only when one club of the article has it), and so does the
 * club's name written with or without the space (LG트윈스).
 */
function clubsGiven(found: readonly Found[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const canonical = new Map<string, string>(); // LG 트윈스 for LG트윈스 too: the first way the article writes it
  for (const { name, rule, partial } of found) {
    if (partial || (rule !== 'club' && !(rule === 'known' && JOINED_CLUBS.has(name)))) continue;
    const parts = clubParts(name);
    if (!parts) continue;
    const key = parts.join(' ');
    const first = canonical.get(key);
    if (first !== undefined) {
      out.set(name, first);
      continue;
    }
    canonical.set(key, name);
    for (const part of parts) {
      if (seen.has(part)) out.delete(part);
      else out.set(part, name);
      seen.add(part);
    }
  }
  return out;
}

/** Known names of clubs written without the space (두산베어스, LG트윈스). */
const JOINED_CLUBS = new Set([...KNOWN.keys()].filter((n) => clubParts(n) !== undefined));

/** [sponsor or city, club] of a club's name written with or without a space (LG 트윈스, 두산베어스). */
function clubParts(name: string): [string, string] | undefined {
  const space = name.indexOf(' ');
  if (space > 0) return isClub(name.slice(space + 1)) ? [name.slice(0, space), name.slice(space + 1)] : undefined;
  for (let n = 2; n <= 5 && n < name.length; n++) if (isClub(name.slice(-n))) return [name.slice(0, -n), name.slice(-n)];
  return undefined;
}

/** The group or its head after a sponsor's name (LG 그룹, LG 회장): the sponsor, not its club. */
const GROUP_AFTER = /^ ?(?:그룹|회장|계열)/;

// Found objects come in several shapes; the mentions handed on all have one (see ../mention.ts).
const orgMention = (f: Found, name: string): Mention => makeMention('ORG', f.start, f.end, f.text, name, f.rule, f.title, f.affiliation, f.partial);

/** A known name of several words starting at the word text[start, end), followed by a particle or nothing. */
function spacedName(text: string, start: number, end: number): string | undefined {
  return SPACED.get(text.slice(start, end))?.find((n) => text.startsWith(n, start) && isParticle(wordRest(text, start + n.length)));
}

/** The Hangul letters from `at` to the end of their word: the particle after a name (월스트리트 저널+은). */
function wordRest(text: string, at: number): string {
  return /^[가-힣]*/.exec(text.slice(at, at + 5))?.[0] ?? '';
}

// Capitals beside other Latin words are English (LIFE OF LUXURY), unless those are known names (KBS MBC).
const LATIN_BEFORE = /([A-Za-z&]+) $/;
const LATIN_AFTER = /^ ([A-Za-z&]+)/;
function inEnglish(text: string, start: number, end: number): boolean {
  const before = LATIN_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  const after = LATIN_AFTER.exec(text.slice(end, end + 12))?.[1];
  return [before, after].some((w) => w !== undefined && !KNOWN.has(w));
}

// Capitals glossed by a Korean term in brackets after them abbreviate that term (RPG(역할수행게임)),
// unless the term is a name.
const GLOSS_AFTER = /^\(([가-힣]+)/;
function glossed(text: string, end: number): boolean {
  const gloss = GLOSS_AFTER.exec(text.slice(end, end + 20))?.[1];
  return gloss !== undefined && matchWord(gloss) === null;
}

// Capitals in brackets after a Korean term abbreviate that term: after a law, a treaty, an index, a rate, a
// disease, a substance or a zone they name no body (인플레이션감축법(IRA), 국내총생산(GDP), 중증급성호흡기증후군(SARS),
// 배타적경제수역(EEZ)).
const NOT_BODY_TERM = /(?:법|법안|협정|조약|지수|총생산|지표|증후군|바이러스|질환|물질|소득|금리|비율|률|율|수역|해역|구역|지대)$/;
function glossesNonBody(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x28 && NOT_BODY_TERM.test(text.slice(Math.max(0, start - 8), start - 1));
}

function inSkip(skip: Segmented['skip'], start: number, end: number): boolean {
  return skip.some((r) => r.start < end && start < r.end);
}
