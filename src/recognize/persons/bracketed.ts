// Names written alone in brackets or with an age in brackets after them: the actor after a character
// (송하나(김민지)는), the person after a role noun (남자(마이클 로버츠)와), a foreign name with its age
// (마이클 로버츠(47)와). Inside brackets only a clear name counts: a word of a bare name's shape (bare.ts),
// or two words of a transliterated name.
import type { Mention } from '../../types.js';
import { afterGloss } from './gloss.js';
import { COUNTRIES } from './lexicon.js';
import { personMention } from './mention.js';
import { BODY_FINALS, canBeForeignFirstName, canBeForeignName, hasCommonGivenName, isCommonKoreanName, isForeignNameWord, isKoreanName, isNameReadWhole, isPlaceWord } from './name-shape.js';
import { firstEndingAfter, isDigit, type Token } from './tokens.js';
import { BARE_NAME, FOREIGN_FIRST } from './word-flags.js';

const OPEN = 0x28;
const CLOSE = 0x29;
const MIDDLE_DOT = 0xb7;
/** A note of an age, a nationality or both: 47, 독일, 22·중국. */
const NOTE = /^(?:([0-9]{1,3})(?:[·,] ?)?)?([가-힣]{0,8})$/;

/** A short note of Hangul words (a club, a team) in brackets. */
const HANGUL_NOTE = /\([가-힣][가-힣 ·0-9]{0,11}\)/y;
/** A club's or firm's name (one or two words) in brackets and a particle after them: (PSG)이, (한빛전자)는. */
const CLUB_NOTE = /\((?:[가-힣]{2,8}(?: [가-힣]{2,8})?|[A-Z][A-Za-z0-9&]{1,9})\)(?:이|가|은|는|의|와|과|도|을|를)(?![가-힣])/y;
/** An age opening a note: 23), 23·, 23 ㆍ, 26. (not a figure such as 14.3%). */
const AGE_FIRST = /[0-9]{1,2}(?:\)|[ \t]?[·,ㆍ]|\.(?![0-9]))/y;

/** 'age' for a note of an age alone, 'country' for one with a nationality, undefined for any other note. */
function personNote(note: string): 'age' | 'country' | undefined {
  const m = NOTE.exec(note);
  if (m === null) return undefined;
  if (m[2] === '') return m[1] !== undefined ? 'age' : undefined;
  return COUNTRIES.has(m[2]) ? 'country' : undefined;
}

export function findBracketed(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  const at = wordsBesideBrackets(text, tokens);
  for (let n = 0; n < at.length; n++) {
    // a name of two words takes the next word with it
    if (readAt(text, tokens, at[n], out) && at[n + 1] === at[n] + 1) n++;
  }
  return out;
}

/**
 * The indices of the words next to an opening bracket, in text order: the word right after one, the
 * word right before one and the word before that (a name of two words), found from the brackets, which
 * are far fewer than the words. No other word can start a mention of this rule.
 */
function wordsBesideBrackets(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const k = firstEndingAfter(tokens, p); // the first word ending after the bracket
    if (k >= 1 && tokens[k - 1].end === p) {
      if (k >= 2) out.push(k - 2);
      out.push(k - 1);
    }
    if (k < tokens.length && tokens[k].start === p + 1) out.push(k);
  }
  // brackets close together may give a word twice, or out of order
  return out.sort((a, b) => a - b).filter((i, n) => n === 0 || out[n - 1] !== i);
}

/** The mentions the bracket beside tokens[i] shows (pushed to `out`); true when they take the next word too. */
function readAt(text: string, tokens: Token[], i: number, out: Mention[]): boolean {
  const t = tokens[i];
  if (text.charCodeAt(t.start - 1) === OPEN) {
    // (김민지) or (마이클 로버츠)
    // Not after a body's name, where the bracket glosses it (에어포스원(전용기)).
    const before = tokens[i - 1];
    const glossed = before?.end === t.start - 1 && BODY_FINALS.has(before.text.at(-1)!);
    if (text.charCodeAt(t.end) === CLOSE && t.flags & BARE_NAME && t.particle === '' && !glossed) {
      out.push(personMention(text, t, t, t.text, 'bracketed-name'));
      return false;
    }
    // (조민호·35): a Korean name with an age after it, the person's real name after a stage name.
    if (t.korean && t.particle === '' && t.text.length >= 3 && text.charCodeAt(t.end) === MIDDLE_DOT && isDigit(text.charCodeAt(t.end + 1))) {
      out.push(personMention(text, t, t, t.text, 'bracketed-name'));
      return false;
    }
    const second = tokens[i + 1];
    // 하늘(본명 김하늘): the stage name before the bracket and the real name in it.
    if (t.text === '본명' && second?.joined && second.korean && !glossed && before?.end === t.start - 1 && mayBeStageName(before)) {
      out.push(personMention(text, before, before, before.text, 'stage-name'), personMention(text, second, second, second.text, 'bracketed-name'));
      return false;
    }
    if (second?.joined && text.charCodeAt(second.end) === CLOSE && isForeignPair(t.text, second.text)) {
      out.push(personMention(text, t, second, `${t.text} ${second.text}`, 'bracketed-name'));
    }
    return false;
  }
  // 마이클 로버츠(47), 리웨이(22·중국), 에릭 베버(독일): one or two words of a foreign name before a
  // note of an age or a nationality.
  const second = tokens[i + 1];
  const pairNext = second?.joined === true && text.charCodeAt(second.end) === OPEN;
  if (!pairNext && text.charCodeAt(t.end) !== OPEN) return false; // no bracket after one or two words
  const pair = pairNext && second.particle === '' && isForeignPair(t.text, second.text);
  const last = pair ? second : t;
  if (text.charCodeAt(last.end) !== OPEN || (last.particle !== '' && !isNameReadWhole(last.text))) return false;
  // 김민지(23·한빛은행), 박하늘(27): a Korean name with an age first in the note, whatever follows it.
  AGE_FIRST.lastIndex = t.end + 1;
  if (!pair && (t.korean || isNameReadWhole(t.text)) && t.text.length === 3 && AGE_FIRST.test(text)) {
    out.push(personMention(text, t, t, t.text, 'korean-aged'));
    return false;
  }
  const after = afterGloss(text, last.end);
  const note = after === last.end ? undefined : personNote(text.slice(last.end + 1, after - 1));
  if (note === undefined) {
    // 이강인(PSG)이, 김민수(한빛전자)는: a full Korean name of common syllables before its club's or firm's
    // name in brackets, the particle after them.
    CLUB_NOTE.lastIndex = t.end;
    if (!pair && t.korean && t.text.length === 3 && hasCommonGivenName(t.text) && CLUB_NOTE.test(text)) {
      out.push(personMention(text, t, t, t.text, 'club-noted', { affiliation: clubIn(text, t.end) }));
      return false;
    }
    // 마츠 후멜스(도르트문트): two plainly transliterated words before a short note in Hangul (a club).
    HANGUL_NOTE.lastIndex = last.end;
    if (pair && (t.flags & FOREIGN_FIRST || isForeignNameWord(t.text)) && isForeignNameWord(second.text) && HANGUL_NOTE.test(text)) {
      out.push(personMention(text, t, second, `${t.text} ${second.text}`, 'foreign-noted', { affiliation: clubIn(text, second.end) }));
      return true;
    }
    return false;
  }
  if (pair) {
    out.push(personMention(text, t, second, `${t.text} ${second.text}`, 'foreign-aged'));
    return true;
  } else if (isForeignNameWord(t.text) || (note === 'country' && (t.korean || canBeForeignName(t.text)))) {
    // A word alone must look transliterated, unless a nationality follows (리웨이(중국) does not).
    out.push(personMention(text, t, t, t.text, 'foreign-aged'));
  }
  return false;
}

/** 마이클 로버츠: a first name and a family name, one of them plainly transliterated, neither a long compound. */
function isForeignPair(first: string, family: string): boolean {
  if (first.length > 5 || family.length > 5) return false; // 빅에어 금메달리스트
  if (isCommonKoreanName(family)) return false; // 지켜온 박순덕(72): a verb before a Korean name
  return isForeignNameWord(first) ? canBeForeignName(family) : canBeForeignFirstName(first) && isForeignNameWord(family);
}

/** A word before (본명 …): a stage name of Hangul or Latin letters, no title or particle (하늘, 지드, BK). */
function mayBeStageName(t: Token): boolean {
  return t.particle === '' && t.title === undefined && /^(?:[가-힣]{1,6}|[A-Za-z]{1,12})$/.test(t.text);
}

/** 본명 …, 중국명 …: another name of the person. */
const OTHER_NAME = /^[가-힣]{0,3}명 /;

/** 이강인(PSG), 후멜스(도르트문트): the club or firm in the brackets at `open`, not an actor (송미경(김지수)) or a country. */
function clubIn(text: string, open: number): string | undefined {
  const note = text.slice(open + 1, text.indexOf(')', open));
  return isKoreanName(note) || COUNTRIES.has(note) || isPlaceWord(note) || OTHER_NAME.test(note) ? undefined : note;
}
