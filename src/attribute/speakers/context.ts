// What the speaker rules share for one document: the text, the entities with their mentions in text
// order (for overlap look-ups by binary search), and the discourse memory.
import type { Entity, Span } from '../../types.js';
import { Memory } from '../coref.js';
import { isOrganization, isSurname, looksLikeName, titleEnding } from './lexicons.js';
import { isNonSubject } from './phrase.js';

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

/** Korean names of every country (미국, 북한 …), from the platform, so a country is never a given name. */
const COUNTRIES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames('ko', { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const n = names.of(code);
      if (n && n !== code) out.add(n);
    }
  }
  return out;
})();

/** A person the text names with a title (문재인 대통령, 홍민 통일연구원 선임연구위원), found by spelling alone. */
export interface TitledName {
  name: string;
  title: string;
  at: number;
}

export interface EntityMention extends Span {
  entity: Entity;
}

export class DocContext {
  readonly memory = new Memory();
  private readonly mentions: EntityMention[];
  private readonly byName = new Map<string, Entity>();
  private titled: TitledName[] | null = null;
  private titledInitial: Map<string, TitledName[]> | null = null;
  private fuller = new Map<string, string>();

  constructor(
    readonly text: string,
    readonly entities: readonly Entity[],
  ) {
    this.mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e }))).sort((a, b) => a.start - b.start);
    for (const e of entities) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
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

  /** The person entity whose name opens with `surname`, mentioned last before `at` (else first after it). */
  personBySurname(surname: string, at: number): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -Infinity;
    for (const e of this.personsByInitial().get(surname[0]) ?? []) {
      if (e.name.length <= surname.length || !e.name.startsWith(surname)) continue;
      const i = lastBefore(e.mentions, at);
      const score = i >= 0 ? e.mentions[i].start : -1e12 - e.mentions[0].start;
      if (score > bestAt) {
        best = e;
        bestAt = score;
      }
    }
    return best;
  }

  private byInitial: Map<string, Entity[]> | null = null;

  /** Person entities by the first syllable of their name, built on first use. */
  private personsByInitial(): Map<string, Entity[]> {
    if (this.byInitial) return this.byInitial;
    this.byInitial = new Map();
    for (const e of this.entities) if (e.type === 'PERSON' && e.mentions.length > 0) (this.byInitial.get(e.name[0]) ?? this.byInitial.set(e.name[0], []).get(e.name[0])!).push(e);
    return this.byInitial;
  }

  private wordSet: Set<string> | null = null;

  /** Whether the text has `word` as a whole word (punctuation after it aside). Built on first use. */
  hasWord(word: string): boolean {
    this.wordSet ??= new Set(this.text.split(/\s+/).map((w) => w.replace(/[^가-힣A-Za-z0-9·]+$/, '')));
    return this.wordSet.has(word);
  }

  /**
   * Persons named with a title anywhere in the text, for coreference when no recognizer gave entities
   * (문 대통령 → 문재인 대통령 earlier or later). Built on first use, one pass over the words.
   */
  titledNames(): TitledName[] {
    if (this.titled) return this.titled;
    const words = [...this.text.matchAll(/[^\s]+/g)];
    const bare = (w: string) => w.replace(/(?:\([^()]*\))?(?:은|는|이|가|의|과|와|을|를|에게|께서)?[,.]?$/, '');
    this.titled = [];
    // A name, or a list of names (김민석, 정청래, 송영길 / 김민석·정청래·송영길), then a title within
    // next word or after a body's name (홍민 통일연구원 선임연구위원, 한대훈 SK증권 연구원).
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i][0];
      if (!isSurname(word[0]) && !isSurname(word.slice(0, 2))) continue; // cheap tests first
      const names: Array<{ name: string; at: number }> = [];
      let j = i;
      for (; j < words.length && names.length < 6; j++) {
        const parts = words[j][0].replace(/,$/, '').split('·');
        if (!parts.every((p) => looksLikeName(p, true) && !isOrganization(p))) break;
        let at = words[j].index;
        for (const p of parts) {
          names.push({ name: p, at });
          at += p.length + 1;
        }
        if (!words[j][0].endsWith(',')) {
          j++;
          break;
        }
      }
      if (names.length === 0) continue;
      const next = words[j] ? bare(words[j][0]) : '';
      const then = words[j + 1] ? bare(words[j + 1][0]) : '';
      const title = titleEnding(next) || (isOrganization(next) || /[A-Za-z]/.test(next) ? titleEnding(then) : '');
      if (title) for (const n of names) this.titled.push({ ...n, title });
    }
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
    const all = (this.titledInitial.get(surname[0]) ?? []).filter((t) => t.name.length > surname.length && t.name.startsWith(surname));
    const withTitle = all.filter((t) => title !== '' && (t.title.endsWith(title) || title.endsWith(t.title)));
    const pick = (xs: TitledName[]) => xs.filter((t) => t.at < at).at(-1) ?? xs[0];
    return pick(withTitle) ?? pick(all);
  }

  /** The titled name bearing `title` nearest before `at`, else first after (北 기자 → 원종혁 기자). */
  titledByTitle(title: string, at: number): TitledName | undefined {
    const xs = this.titledNames().filter((t) => t.title.endsWith(title));
    return xs.filter((t) => t.at < at).at(-1) ?? xs[0];
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

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
