// Words of a document as the person rules see them: runs of Hangul, of Latin letters or of digits,
// each knowing whether it continues the phrase before it (nothing or only spaces between: 김경화PD,
// 홍민 통일연구원) or starts a new one (after punctuation, a line break or a skipped range).
import type { Segmented } from '../../types.js';
import { isKoreanName, nameIn } from './name-shape.js';
import { perWord, splitNoun, titleOf } from './words.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True when only spaces or tabs (or nothing) separate this word from the previous one. */
  joined: boolean;
  // What the rules ask of a word, worked out once per token and shared by all rules.
  /** The word's noun and the particle after it (splitNoun). */
  noun: string;
  particle: string;
  /** The title the word names (titleOf), and the one its noun names. */
  title: string | undefined;
  nounTitle: string | undefined;
  /** Whether the word is a Korean name (isKoreanName), and the name it starts with (nameIn). */
  korean: boolean;
  name: string | undefined;
}

/** One cached analysis per distinct word, shared by every rule. */
const analyse = perWord((word: string) => {
  const [noun, particle] = splitNoun(word);
  return { noun, particle, title: titleOf(word), nounTitle: titleOf(noun), korean: isKoreanName(word), name: nameIn(word) };
});

// Digits stay with the Hangul after them (34명이, 9단독): a counted word is never a name.
const WORD = /[0-9]*[가-힣]+|[A-Za-z]+|[0-9]+/g;

/** All words outside seg.skip, in order; a skipped range breaks the phrase around it. */
export function tokenize(seg: Segmented): Token[] {
  const { text, skip } = seg;
  const out: Token[] = [];
  let k = 0;
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < skip.length && skip[k].end <= start) k++;
    if (k < skip.length && skip[k].start < end) {
      prevEnd = -1;
      continue;
    }
    const joined = prevEnd >= 0 && onlySpaces(text, prevEnd, start);
    const a = analyse(m[0]);
    out.push({ start, end, text: m[0], joined, noun: a.noun, particle: a.particle, title: a.title, nounTitle: a.nounTitle, korean: a.korean, name: a.name });
    prevEnd = end;
  }
  return out;
}


function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The gap between two names of a list: a comma or a middle dot (김민석, 정청래 / 김재룡·리히용). */
export const LIST_GAP = /^[ \t]*[,·ㆍ][ \t]*$/;
