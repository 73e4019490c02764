// What the speaker rules share for one document: the text, the entities with their mentions in text
// order (for overlap look-ups by binary search), and the discourse memory.
import type { Entity, Span } from '../../types.js';
import { Memory } from '../coref.js';
import { COUNTRIES } from '../../recognize/persons/lexicon.js';
import { isOrganization, isReporterTitle, isSurname, looksLikeName, titleEnding } from './lexicons.js';
import { isNonSubject } from './phrase.js';
import { findTitledNames, type TitledName } from './titled-names.js';
import { WordIndex, isSpace, type Word } from '../words.js';
import { mainPerson } from './main-person.js';
import type { Resolved } from './resolved.js';

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Index of the last span starting before `at` in a list sorted by start, or -1. */
function lastBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;
/** What follows 박모 in an anonymised name: an optional (age) aside, then 씨, 군 or 양. */
const ANONYMISED_TAIL = /^(?:\([^()\n]{0,8}\))?(씨|군|양)/;

/** A word without the punctuation after it (말했다. → 말했다): keeps 가-힣, A-Z, a-z, 0-9 and ·. */
function withoutTrailingMarks(w: string): string {
  let end = w.length;
  while (end > 0) {
    const c = w.charCodeAt(end - 1);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0xb7) break;
    end--;
  }
  return end === w.length ? w : w.slice(0, end);
}

export interface EntityMention extends Span {
  entity: Entity;
}

/**
 * The mentions by start, ties in list order (as a stable sort gives them). Starts are offsets in a short
 * span of text, so a counting sort does it in two passes; a comparator sort took a third of building the
 * context. Mentions spread thinly over a huge text fall back on the comparator.
 */
/** The counting sort's slots, shared by the documents of usual length: allocating them each time cost more than the sort. */
const SLOTS = new Int32Array(1 << 16);

function sortedByStart(mentions: EntityMention[]): EntityMention[] {
  const n = mentions.length;
  if (n < 2) return mentions;
  let min = Infinity;
  let max = -Infinity;
  for (const m of mentions) {
    if (m.start < min) min = m.start;
    if (m.start > max) max = m.start;
  }
  const range = max - min + 1;
  if (range > 64 * n) return mentions.sort((a, b) => a.start - b.start);
  // next[s - min]: where the next mention starting at s goes
  const next = range < SLOTS.length ? SLOTS.fill(0, 0, range + 1) : new Int32Array(range + 1);
  for (const m of mentions) next[m.start - min + 1]++;
  for (let i = 1; i <= range; i++) next[i] += next[i - 1];
  const out = mentions.slice(); // overwritten in order: a packed array of the right length
  for (const m of mentions) out[next[m.start - min]++] = m;
  return out;
}

export class DocContext {
  readonly memory = new Memory();
  /** The person an interview's lead says the reporter met (… 대표를 만났다): who answers its question lines. */
  interviewee: Resolved | null = null;
  /** The words of the text, split once for every rule. */
  readonly words: WordIndex;
  /** Organizations in the recognizers' order, for the short-form look-ups of bodies.ts. */
  readonly organizations: readonly Entity[];
  private readonly mentions: EntityMention[];
  private readonly byName = new Map<string, Entity>();
  private titled: TitledName[] | null = null;
  private titledInitial: Map<string, TitledName[]> | null = null;
  private fuller = new Map<string, string>();
  /** Whether the text cites anyone (인용해): most texts do not, and skip that rule. */
  readonly cites: boolean;

  constructor(
    readonly text: string,
    readonly entities: readonly Entity[],
  ) {
    this.words = new WordIndex(text);
    this.cites = text.includes('인용');
    const mentions: EntityMention[] = [];
    for (const e of entities) {
      for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, entity: e });
      if (!this.byName.has(e.name)) this.byName.set(e.name, e);
    }
    this.mentions = sortedByStart(mentions);
    this.organizations = entities.filter((e) => e.type === 'ORG');
  }

  /** The words of [from, to); see WordIndex.in. */
  wordsIn(from: number, to: number): Word[] {
    return this.words.in(from, to);
  }

  /** Entity mentions lying inside [start, end), in text order. */
  mentionsIn(start: number, end: number): EntityMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < end; i++) if (this.mentions[i].end <= end) out.push(this.mentions[i]);
    return out;
  }

  entityNamed(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  /**
   * The person entity whose name opens (or, in Western order, ends) with `surname`, mentioned last before
   * `at` (else first after it); when `speaking`, not a reporter of a byline.
   */
  personBySurname(surname: string, at: number, speaking = false): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -Infinity;
    for (const e of this.personsByInitial().get(surname[0]) ?? []) {
      if (speaking && isReporterTitle(e.title ?? '')) continue; // 金 “…” in a headline is not its byline's 김 기자
      // Not an entity that is itself only a surname and a title (박 씨, 김 위원): it has no fuller name to give.
      if (e.name.length <= surname.length || e.name.startsWith(`${surname} `) || !(e.name.startsWith(surname) || e.name.endsWith(` ${surname}`))) continue;
      const i = lastBefore(e.mentions, at);
      const score = i >= 0 ? e.mentions[i].start : -1e12 - e.mentions[0].start;
      if (score > bestAt) {
        best = e;
        bestAt = score;
      }
    }
    return best;
  }

  /**
   * The person a recognizer found with `title` in the next word (이시다 히로시 총리는), mentioned last before
   * `at`, else first after it: a headline's bare 日 총리 or a later 총리는 when the entity has no title.
   */
  /** How many persons the recognizers gave a title ending in `title` (two 이사장: a headline's 신임 이사장 is neither). */
  titledPersons(title: string): number {
    let n = 0;
    for (const e of this.entities) if (e.type === 'PERSON' && e.title?.endsWith(title)) n++;
    return n;
  }

  personWithTitle(title: string, at: number): Entity | undefined {
    let found = this.withTitle.get(title);
    if (!found) this.withTitle.set(title, (found = this.mentions.filter((m) => m.entity.type === 'PERSON' && this.titledAfter(m.end, title))));
    let before: Entity | undefined;
    for (const m of found) if (m.start < at) before = m.entity;
    return before ?? found.find((m) => m.start >= at)?.entity;
  }

  private withTitle = new Map<string, EntityMention[]>();

  private titledAfter(end: number, title: string): boolean {
    const next = this.words.in(end, end + 20)[0];
    return next !== undefined && next.start === end + 1 && titleEnding(next.text.replace(/(?:은|는|이|가|의|을|를)$/, '')).endsWith(title);
  }

  /** A country the text names in full that a headline shortens to its first syllables (러 → 러시아, 우크라 → 우크라이나). */
  countryStartingWith(short: string): Entity | undefined {
    if (short.length > 3) return undefined;
    this.countries ??= this.entities.filter((e) => e.type === 'PLACE' && COUNTRIES.has(e.name));
    return this.countries.find((e) => e.name.length > short.length && e.name.startsWith(short));
  }

  private countries: Entity[] | null = null;

  /**
   * The person the text names in full whose family name a separate entity is (로시 → 마르코 로시, when the
   * recognizers did not link them): the one person whose name of several words ends with it, else `e`.
   */
  fullerPerson(e: Entity): Entity {
    if (e.type !== 'PERSON' || e.name.includes(' ')) return e;
    if (!this.byFamilyName) {
      this.byFamilyName = new Map();
      for (const x of this.entities) {
        if (x.type !== 'PERSON' || !x.name.includes(' ')) continue;
        const family = x.name.slice(x.name.lastIndexOf(' ') + 1);
        this.byFamilyName.set(family, this.byFamilyName.has(family) ? null : x); // two such people: no one
      }
    }
    return this.byFamilyName.get(e.name) ?? e;
  }

  private byFamilyName: Map<string, Entity | null> | null = null;

  private apposed: Map<string, Entity> | null = null;

  /**
   * The body the text names right after this word, one space between (소속사 별빛엔터테인먼트): the word
   * is a common noun for that body. The words before the bodies' mentions are indexed on first use.
   */
  bodyAfterWord(noun: string): Entity | undefined {
    if (!this.apposed) {
      this.apposed = new Map();
      const text = this.text;
      for (const e of this.organizations) {
        for (const m of e.mentions) {
          // The Hangul word of two to six syllables that ends one space before the mention.
          if (m.start < 3 || text.charCodeAt(m.start - 1) !== 0x20) continue;
          let s = m.start - 1;
          while (s > 0 && m.start - s < 8 && isHangul(text.charCodeAt(s - 1))) s--;
          const word = text.slice(s, m.start - 1);
          if (word.length < 2 || word.length > 6 || (s > 0 && !isSpace(text.charCodeAt(s - 1))) || this.apposed.has(word)) continue;
          // Only a common noun: not a body (정부 기획재정부), a title, nor a word with a particle.
          if (!isOrganization(word) && !titleEnding(word) && !/[은는이가을를의에도와과]$/.test(word)) this.apposed.set(word, e);
        }
      }
    }
    return this.apposed.get(noun);
  }

  private byInitial: Map<string, Entity[]> | null = null;

  /** Person entities by the first syllable of their name, built on first use. */
  private personsByInitial(): Map<string, Entity[]> {
    if (this.byInitial) return this.byInitial;
    this.byInitial = new Map();
    const add = (key: string, e: Entity) => (this.byInitial!.get(key) ?? this.byInitial!.set(key, []).get(key)!).push(e);
    for (const e of this.entities) {
      if (e.type !== 'PERSON' || e.mentions.length === 0) continue;
      add(e.name[0], e);
      // 데이비드 박: a Western-order name is found by its last word too, when that is a surname.
      const last = e.name.slice(e.name.lastIndexOf(' ') + 1);
      if (last !== e.name && isSurname(last) && last[0] !== e.name[0]) add(last[0], e);
    }
    return this.byInitial;
  }

  private wordSet: Set<string> | null = null;

  /** Whether the text has `word` as a whole word (punctuation after it aside). Built on first use. */
  hasWord(word: string): boolean {
    if (!this.wordSet) {
      this.wordSet = new Set();
      for (let i = 0; i < this.words.length; i++) this.wordSet.add(withoutTrailingMarks(this.words.at(i).text));
    }
    return this.wordSet.has(word);
  }

  /**
   * Persons named with a title anywhere in the text, for coreference when no recognizer gave entities
   * (문 대통령 → 문재인 대통령 earlier or later). Built on first use, one pass over the words.
   */
  titledNames(): TitledName[] {
    this.titled ??= findTitledNames(this.words);
    return this.titled;
  }

  private titledSet: Set<string> | null = null;

  isTitledName(word: string): boolean {
    this.titledSet ??= new Set(this.titledNames().map((t) => t.name));
    return this.titledSet.has(word);
  }

  /** The titled name opening with `surname` (and bearing `title`, when one fits) nearest before `at`, else first after. */
  titledBySurname(surname: string, title: string, at: number): TitledName | undefined {
    this.titledInitial ??= groupBy(this.titledNames(), (t) => t.name[0]);
    // One pass keeps, among those of the surname and among those also of the title, the last before
    // `at` and the first of all.
    let before: TitledName | undefined;
    let first: TitledName | undefined;
    let titledBefore: TitledName | undefined;
    let titledFirst: TitledName | undefined;
    for (const t of this.titledInitial.get(surname[0]) ?? []) {
      if (t.name.length <= surname.length || !t.name.startsWith(surname)) continue;
      first ??= t;
      if (t.at < at) before = t;
      if (title !== '' && (t.title.endsWith(title) || title.endsWith(t.title))) {
        titledFirst ??= t;
        if (t.at < at) titledBefore = t;
      }
    }
    return titledBefore ?? titledFirst ?? before ?? first;
  }

  /** The titled name bearing `title` nearest before `at`, else first after (北 기자 → 박준영 기자). */
  titledByTitle(title: string, at: number): TitledName | undefined {
    let before: TitledName | undefined;
    let first: TitledName | undefined;
    for (const t of this.titledNames()) {
      if (!t.title.endsWith(title)) continue;
      first ??= t;
      if (t.at < at) before = t;
    }
    return before ?? first;
  }

  /**
   * The fullest form of a foreign name the text gives (파월 → 제롬 파월): at the name's first occurrence,
   * the word before it when that word is a bare given name (no particle, title, body, country or place).
   */
  fullerName(name: string): string {
    if (looksLikeName(name, true) || name.includes(' ')) return name; // Korean names are whole already
    let full = this.fuller.get(name);
    if (full === undefined) this.fuller.set(name, (full = this.findFullerName(name)));
    return full;
  }

  private findFullerName(name: string): string {
    const at = this.text.search(new RegExp(`(?:^|\\s)${escape(name)}`));
    if (at < 0) return name;
    const before = /(?:^|\s)([가-힣]{1,4}) $/.exec(this.text.slice(Math.max(0, at - 6), at + 1));
    const given = before?.[1];
    if (!given || /[은는이가을를에의와과도로서인한된]$/.test(given) || titleEnding(given) || isOrganization(given) || isSurname(given) || isNonSubject(given)) return name;
    if (COUNTRIES.has(given) || this.mentionsIn(at - given.length, at).some((m) => m.entity.type !== 'PERSON')) return name;
    return `${given} ${name}`;
  }

  private main: Resolved | null | undefined;

  /** The person the article is about (speakers/main-person.ts), found on first use. */
  mainPerson(): Resolved | null {
    if (this.main === undefined) this.main = mainPerson(this);
    return this.main;
  }

  private anonymous = new Map<string, string | null>();

  /**
   * The anonymised name of a surname the text gives (박모씨, 박모(41)씨 → 박모씨), so 박씨 finds it; found
   * once per surname.
   */
  anonymisedName(surname: string): string | null {
    let name = this.anonymous.get(surname);
    if (name === undefined) {
      name = null;
      const key = `${surname}모`;
      // A literal search, then the word start and the mark after an optional (age) aside.
      for (let at = this.text.indexOf(key); at >= 0 && name === null; at = this.text.indexOf(key, at + 1)) {
        if (at > 0 && isHangul(this.text.charCodeAt(at - 1))) continue;
        const m = ANONYMISED_TAIL.exec(this.text.slice(at + key.length, at + key.length + 12));
        if (m) name = key + m[1];
      }
      this.anonymous.set(surname, name);
    }
    return name;
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
