// Words of a document as the person rules see them: runs of Hangul, of Latin letters or of digits,
// each knowing whether it continues the phrase before it (nothing or only spaces between: 김경화PD,
// 홍민 통일연구원) or starts a new one (after punctuation, a line break or a skipped range).
import type { Segmented } from '../../types.js';
import type { Fused } from './fused.js';
import { type WordInfo, wordAt } from './word-table.js';
import { LISTED_BITS } from './word-flags.js';

/**
 * A word at its place in the text. What the rules ask of it (WordInfo) is worked out once per distinct
 * word and shared: the token only points to it, which keeps tokens small.
 */
export class Token implements WordInfo {
  /** The word's flags (word-flags.ts), kept here so that a rule skipping the word never reads `word`. */
  readonly flags: number;
  constructor(
    readonly start: number,
    readonly end: number,
    /** True when only spaces or tabs (or nothing) separate this word from the previous one. */
    readonly joined: boolean,
    private readonly word: WordInfo,
  ) {
    this.flags = word.flags;
  }
  get text(): string {
    return this.word.text;
  }
  get noun(): string {
    return this.word.noun;
  }
  get particle(): string {
    return this.word.particle;
  }
  get title(): string | undefined {
    return this.word.title;
  }
  get nounTitle(): string | undefined {
    return this.word.nounTitle;
  }
  get korean(): boolean {
    return this.word.korean;
  }
  get name(): string | undefined {
    return this.word.name;
  }
  get namePlace(): boolean {
    return this.word.namePlace;
  }
  get fused(): Fused | undefined {
    return this.word.fused;
  }
  /** The same word, read as joined to the one before it. */
  joinedCopy(): Token {
    return new Token(this.start, this.end, true, this.word);
  }
}

/**
 * All words outside seg.skip, in order; a skipped range breaks the phrase around it. A word is a run of
 * Hangul, of Latin letters or of digits; digits stay with the Hangul after them (34명이, 9단독): a
 * counted word is never a name.
 */
export function tokenize(seg: Segmented): Token[] {
  const { text, skip } = seg;
  const out: Token[] = [];
  const n = text.length;
  const skipped = new SkipCursor(skip, n);
  let prevEnd = -1;
  let i = 0;
  let spacesOnly = true; // whether only spaces or tabs came since the previous word
  while (i < n) {
    const first = text.charCodeAt(i);
    const kind = charKind(first);
    if (kind === OTHER) {
      if (first !== 0x20 && first !== 0x09 && first !== 0xa0) spacesOnly = false;
      i++;
      continue;
    }
    const start = i;
    let h = first; // the word's hash (wordAt), worked out in the same pass
    i++;
    if (kind === HANGUL) {
      // Most words are Hangul: a plain range test per syllable.
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xac00 || c > 0xd7a3) break;
        h = (Math.imul(h, 31) + c) | 0;
      }
    } else {
      for (let c = text.charCodeAt(i); i < n && charKind(c) === kind; c = text.charCodeAt(++i)) h = (Math.imul(h, 31) + c) | 0;
      if (kind === DIGIT) for (let c = text.charCodeAt(i); i < n && charKind(c) === HANGUL; c = text.charCodeAt(++i)) h = (Math.imul(h, 31) + c) | 0;
    }
    const end = i;
    if (skipped.touches(start, end)) {
      prevEnd = -1;
      spacesOnly = true;
      continue;
    }
    out.push(new Token(start, end, prevEnd >= 0 && spacesOnly, wordAt(text, start, end, h)));
    prevEnd = end;
    spacesOnly = true;
  }
  return out;
}

/**
 * Whether words, asked in text order, touch a skipped range. The next range's bounds are kept in
 * fields, so a word before it costs one comparison.
 */
class SkipCursor {
  private k = 0;
  private start: number;
  private end: number;
  constructor(
    private readonly skip: Segmented['skip'],
    private readonly n: number,
  ) {
    this.start = skip.length > 0 ? skip[0].start : n;
    this.end = skip.length > 0 ? skip[0].end : n;
  }
  touches(start: number, end: number): boolean {
    if (end <= this.start) return false;
    // past the ranges that end before the word
    while (this.end <= start) {
      if (++this.k < this.skip.length) {
        this.start = this.skip[this.k].start;
        this.end = this.skip[this.k].end;
      } else this.start = this.end = this.n;
    }
    return this.start < end;
  }
}

const [OTHER, HANGUL, LATIN, DIGIT] = [0, 1, 2, 3];

/** Whether a UTF-16 code unit is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function charKind(c: number): number {
  if (c >= 0xac00 && c <= 0xd7a3) return HANGUL;
  if (c >= 48 && c <= 57) return DIGIT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LATIN;
  return OTHER;
}

/**
 * Whether text[from, to) is the gap between two names of a list: one comma or middle dot, maybe with
 * spaces or tabs around it (김민석, 정청래 / 김재룡·리히용).
 */
export function isListGap(text: string, from: number, to: number): boolean {
  let marks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0xb7 || c === 0x318d) marks++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return marks === 1;
}

/**
 * For each flag bit (word-flags.ts), the indices of the words that have it, in text order: a rule that
 * looks only at words with its flag walks its list instead of every word.
 */
export function indexByFlag(tokens: Token[]): number[][] {
  const lists: number[][] = [];
  for (let b = 0; b < LISTED_BITS; b++) lists.push([]);
  const listed = (1 << LISTED_BITS) - 1;
  for (let i = 0; i < tokens.length; i++) {
    // one step per bit set (most words have none or one), lowest bit first
    for (let f = tokens[i].flags & listed; f !== 0; f &= f - 1) lists[31 - Math.clz32(f & -f)].push(i);
  }
  return lists;
}

/** The index of the first word that ends after `at` (binary search: words are in text order). */
export function firstEndingAfter(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
