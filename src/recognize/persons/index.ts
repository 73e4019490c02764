// Persons: mentions found from the contexts that mark a name in Korean news (a title after or before
// it, maybe past a note in brackets, 씨/군/양, a byline's 기자, a list, a role, an age or nationality in
// brackets, an anonymised 김모/A씨, a Japanese family and given name, a quotation after a headline's name, the familiar suffix 이, a foreign
// family name's ending) and from a list of well-known people; then the words coordinated with
// a name so found, its gloss in Chinese characters, and later bare mentions of the names. Each rule is one
// linear pass over the words (or over the words its flag lists); all lookups are built at module load,
// word analyses cached.
import type { Mention, Segmented } from '../../types.js';
import { findAddressed } from './addressed.js';
import { ANONYMOUS_TITLES, AnonymisedSurnames, findAnonymised } from './anonymised.js';
import { findApposition } from './apposition.js';
import { findBareNames } from './bare.js';
import { findBracketed } from './bracketed.js';
import { findBylines } from './byline.js';
import { findCoordinated } from './coordinated.js';
import { findChineseNames } from './chinese-name.js';
import { findFirstNames } from './first-name.js';
import { findForeignPairs } from './foreign-pair.js';
import { findForeignSurnames } from './foreign-surname.js';
import { findHanjaGlosses } from './hanja.js';
import { findHanjaNamed } from './hanja-name.js';
import { findHanjaTitled } from './hanja-titled.js';
import { findHeadlineNames } from './headline.js';
import { findHypocoristic } from './hypocoristic.js';
import { joinHyphenated } from './hyphenated.js';
import { joinInitials } from './initials.js';
import { findJapaneseNames } from './japanese-name.js';
import { findGlossed } from './glossed.js';
import { findFused } from './fused.js';
import { findLists } from './list.js';
import { findRoles } from './role.js';
import { surnameOf } from './name-shape.js';
import { findRegnal } from './regnal.js';
import { findRepeats } from './repeat.js';
import { findTitled } from './titled.js';
import { findWellKnown } from './well-known.js';
import { passOverShortNames } from './short-name-notes.js';
import { firstEndingAfter, indexByFlag, type Token, tokenize } from './tokens.js';
import { ADDRESS_WORD, ANONYMISED, BARE_NAME, BEFORE_A_NAME, CHINESE_NAME, FIRST_NAME_ALONE, FOREIGN_FIRST, FOREIGN_SURNAME, FUSED, HYPOCORISTIC, JAPANESE_SURNAME, KOREAN, ROLE_VERB, SHORT_NOUN, TITLE_HEAD, WELL_KNOWN } from './word-flags.js';

import { WORD_NAMES } from './lexicon.js';

export { isTitle, TITLES } from './lexicon.js';

/**
 * Surnames that are also everyday words before a title (전 대통령 'former president', 한 관계자 'one
 * official', 고 김대중 'the late', 두 후보 'two candidates'): as a bare surname they count only when the
 * document names someone with that surname in full.
 */
const SURNAMES_THAT_ARE_WORDS = new Set(['전', '현', '고', '한', '양', '공', '주', '부', '모', '각', '총', '두']);

/** Surnames that are also a city, province, district or county before its staff's titles. */
const LOCAL_BODIES = new Set(['시', '도', '구', '군']);
const LOCAL_STAFF = /(?:대변인|실장|국장|과장|팀장|본부장|부시장|부지사|부구청장|감사관|공무원|직원)$/;

/** The bit position of a one-bit flag. */
const bit = (flag: number) => 31 - Math.clz32(flag);

export function findPersons(seg: Segmented): Mention[] {
  const { text } = seg;
  const tokens = passOverShortNames(text, tokenize(seg));
  const at = indexByFlag(tokens);
  const found = [
    ...findTitled(text, tokens, at[bit(TITLE_HEAD)]),
    ...findHanjaTitled(text, tokens, at[bit(TITLE_HEAD)]),
    ...findGlossed(text, tokens),
    ...findAnonymised(text, tokens, at[bit(ANONYMISED)]),
    ...findBracketed(text, tokens),
    ...findForeignPairs(text, tokens, at[bit(FOREIGN_FIRST)]),
    ...findJapaneseNames(text, tokens, at[bit(JAPANESE_SURNAME)]),
    ...findApposition(text, tokens, at[bit(BEFORE_A_NAME)]),
    ...findFused(text, tokens, at[bit(FUSED)]),
    ...findBylines(text, tokens, at[bit(KOREAN)]),
    ...findHanjaNamed(text, tokens, at[bit(KOREAN)]),
    ...findHeadlineNames(text, tokens, at[bit(KOREAN)]),
    ...findRoles(text, tokens, at[bit(ROLE_VERB)]),
    ...findLists(text, tokens),
    ...findAddressed(text, tokens, at[bit(ADDRESS_WORD)]),
    ...findWellKnown(text, tokens, at[bit(WELL_KNOWN)]),
    ...findBareNames(text, tokens, at[bit(BARE_NAME)]),
    ...findHypocoristic(text, tokens, at[bit(HYPOCORISTIC)]),
    ...findForeignSurnames(text, tokens, at[bit(FOREIGN_SURNAME)]),
    ...findFirstNames(text, tokens, at[bit(FIRST_NAME_ALONE)]),
    ...findChineseNames(text, tokens, at[bit(CHINESE_NAME)]),
    ...findRegnal(text, tokens),
  ];
  preferShortNames(found, tokens);
  joinHyphenated(text, found);
  joinInitials(text, found);
  // Pushed one by one: spreading a huge list into push() overflows the stack.
  const coordinated = found.length > 0 ? findCoordinated(text, tokens, coveredTokens(tokens, found.filter((m) => m.partial !== 'surname'))) : [];
  for (const m of coordinated) found.push(m);
  for (const m of findHanjaGlosses(text, found)) found.push(m);
  const known = new Map<string, Mention>();
  const surnames = new Set<string>();
  const anonymisedFound = new Set<string>(); // surnames of a 김모씨 mention, to which 김씨 links
  for (const m of found) {
    if (m.rule === 'anonymised') anonymisedFound.add(m.text);
    if (m.partial === 'surname') continue;
    // 조국 대표 … 조국의 독립: a name that is also a word (word-names.txt) is a name only beside its title.
    if (!known.has(m.name) && !WORD_NAMES.has(m.name)) known.set(m.name, m);
    if (m.partial === undefined && !m.name.includes(' ')) surnames.add(surnameOf(m.name) ?? '');
  }
  const anonymised = new AnonymisedSurnames(text);
  const kept = found.filter((m) => {
    if (m.partial !== 'surname') return true;
    // 조모(45)씨 … 조 씨: the anonymous person again, not someone known by surname only.
    if (ANONYMOUS_TITLES.has(m.title!) && !anonymisedFound.has(m.text) && anonymised.has(m.text)) return false;
    // 시 대변인, 도 주택정책실장: the city's or province's staff, unless someone of that surname is named (시 주석 stays).
    if (LOCAL_BODIES.has(m.text) && !surnames.has(m.text) && LOCAL_STAFF.test(m.title!)) return false;
    // 한씨 and 전 씨 are surnames whatever else the text says.
    return m.title === '씨' || !SURNAMES_THAT_ARE_WORDS.has(m.text) || surnames.has(m.text);
  });
  const all = known.size === 0 ? kept : [...kept, ...findRepeats(text, tokens, known, coveredTokens(tokens, kept))];
  return dedupe(all, text.length).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * 지성은 is 지성 + 은 when the document also writes 지성 with another ending (지성, 한지민이): a
 * three-syllable name read whole by nameIn is cut back to its first two syllables then.
 */
function preferShortNames(mentions: Mention[], tokens: Token[]): void {
  const cut = (m: Mention) => !m.partial && m.text.length === 3 && (m.text.endsWith('은') || m.text.endsWith('이'));
  const wanted = new Set<string>();
  for (const m of mentions) if (cut(m)) wanted.add(m.text.slice(0, 2));
  if (wanted.size === 0) return;
  const written = new Set<string>(); // the wanted two-syllable nouns the document writes with another ending
  for (const t of tokens) if (t.flags & SHORT_NOUN && wanted.has(t.noun)) written.add(t.noun);
  for (const m of mentions) {
    if (!cut(m) || !written.has(m.text.slice(0, 2))) continue;
    m.end -= 1;
    m.text = m.text.slice(0, 2);
    m.name = m.text;
  }
}

/** For each word, 1 when it lies inside a mention already found. */
function coveredTokens(tokens: Token[], mentions: Mention[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const m of mentions) for (let n = firstEndingAfter(tokens, m.start); n < tokens.length && tokens[n].start < m.end; n++) out[n] = 1;
  return out;
}

/** One mention per span: the first rule that found it wins. */
function dedupe(mentions: Mention[], length: number): Mention[] {
  const seen = new Set<number>();
  return mentions.filter((m) => {
    const key = m.start * (length + 1) + m.end; // exact below 2^53, i.e. for texts up to ~90 M characters
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
