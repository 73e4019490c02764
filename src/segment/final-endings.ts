// Is a word a sentence end by its ending? Suffix look-ups in endings.txt (종결어미 of any register),
// paradigm.tsv via paradigm.ts (the speech-level paradigm after 었/겠, 시, 하/되, online and regional
// spellings),
// endings-informal.txt (-음, -함, -ㄹ까, dialect: trusted only in informal text), not-endings.txt
// (look-alikes: 보다, 베란다, 포함) and continuations.txt (words after an end that show it goes on).
// The suffixes sit in one trie read from the word's last letter backwards (no string is built); the
// longest suffix that matches decides.
import { isEmoji, isHangulSyllable, isJamo, isTrailer, jong } from './chars.js';
import { faceStart, isFace, mayEndFace } from './faces.js';
import { loadLexicon } from './lexicon.js';
import { PARADIGM } from './paradigm.js';

const NONE = 0;
const FINAL = 1;
const INFORMAL = 2;
const NOT_FINAL = 3;

interface Node {
  kind: number;
  /** The kind of the whole-word entry that ends here (^됨 on the node of 됨), or NONE. */
  whole: number;
  next: Map<number, Node>;
}
const root: Node = { kind: NONE, whole: NONE, next: new Map() };

/**
 * Adds a suffix; a leading compatibility jamo means "the syllable before has this 받침" (ㅆ다),
 * a leading ^ "the whole word" (^됨). A look-alike beats an ending of the same letters.
 */
function add(entry: string, kind: number): void {
  const whole = entry.startsWith('^');
  const suffix = whole ? entry.slice(1) : entry;
  let node = root;
  for (let i = suffix.length - 1; i >= 0; i--) {
    const c = suffix.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { kind: NONE, whole: NONE, next: new Map() }));
    node = child;
  }
  if (whole) node.whole = stronger(node.whole, kind);
  else node.kind = stronger(node.kind, kind);
}
/** A look-alike beats any ending, and an ending safe in any register beats an informal one. */
const stronger = (had: number, kind: number): number => (kind === NOT_FINAL || had === NONE || had === INFORMAL ? kind : had);
for (const w of loadLexicon('endings.txt')) add(w, FINAL);
for (const w of loadLexicon('endings-informal.txt')) add(w, INFORMAL);
for (const [w, formal] of PARADIGM) add(w, formal ? FINAL : INFORMAL);
for (const w of loadLexicon('not-endings.txt')) add(w, NOT_FINAL);

/**
 * The root's children as a table by code unit: every word of the text starts its look-up here, and most
 * stop here, so this first step is an array read, not a Map look-up.
 */
const ROOT_CHILD: Array<Node | undefined> = new Array<Node | undefined>(65536).fill(undefined);
for (const [c, child] of root.next) ROOT_CHILD[c] = child;

const CONTINUATIONS = loadLexicon('continuations.txt');
/**
 * The list's words by the ending they follow: any final ending, a word in -다 only (`…다 가`: 쉬었다
 * 가요), a word in -네 only (`…네 가족`: 민이네 가족), a word in -게 only (`…게 없*`: 할게 없어 = 할 게
 * 없어), or a word in 해체 -어/-아 only (`…어 봐*`: 먹어 봐, 좋아 보여); a trailing * matches any word
 * starting so (싶*).
 */
interface Next {
  words: Set<string>;
  prefixes: Set<string>;
}
function nextWords(marker: string): Next {
  const lines = CONTINUATIONS.filter((w) => (marker === '' ? !w.startsWith('…') && !w.startsWith('~') : w.startsWith(marker))).map((w) =>
    w.slice(marker.length),
  );
  return {
    words: new Set(lines.filter((w) => !w.endsWith('*'))),
    prefixes: new Set(lines.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1))),
  };
}
const NEXT = nextWords('');
const NEXT_AFTER_DA = nextWords('…다 ');
const NEXT_AFTER_NE = nextWords('…네 ');
const NEXT_AFTER_GE = nextWords('…게 ');
const NEXT_AFTER_EO = nextWords('…어 ');
/** State adjectives in -어/-아 that are "because" before a verb in -어/-아 and an auxiliary (`~피곤해`). */
const BECAUSE = new Set(CONTINUATIONS.filter((w) => w.startsWith('~')).map((w) => w.slice(1)));
const BECAUSE_MAX = Math.max(...[...BECAUSE].map((w) => w.length));
const ALL_NEXT = [NEXT, NEXT_AFTER_DA, NEXT_AFTER_NE, NEXT_AFTER_GE, NEXT_AFTER_EO].flatMap((n) => [...n.words, ...n.prefixes]);
const PREFIX_MAX = Math.max(...ALL_NEXT.map((w) => w.length));
/** First letters of all the words above. */
const NEXT_FIRST = new Set(ALL_NEXT.map((w) => w.charCodeAt(0)));

/**
 * Does the word [start, end) end a sentence by its ending? A glued parenthetical (없잖아요(강한부정))
 * and trailing emoticons (좋아요^^, 고마워요:)) are looked through; two or more laughter/crying jamo
 * or rating stars (노래ㅠㅠ, ㅋㅋ, ★★★) end a sentence by themselves, and so does a tilde after a word
 * of three letters or more (꿀렁꿀렁~) and, in informal text, an emoji or one laughing jamo glued to
 * a Hangul word (발견😍, 그래ㅎ) or an emoticon standing alone (-_-).
 */
export function endsWithFinal(text: string, start: number, end: number, informal: boolean): boolean {
  let e = asideStart(text, start, end);
  if (mayEndFace(text.charCodeAt(e - 1))) e = faceStart(text, start, e);
  // an emoticon standing alone closes an informal sentence like laughter (피곤 -_- 일찍 자야지)
  if (e === start) return informal && isFace(text, start, end);
  let jamo = 0; // laughter, crying and rating stars
  let tilde = false;
  let emoji = false;
  while (e > start && isTrailer(text.charCodeAt(e - 1))) {
    const c = text.charCodeAt(e - 1);
    if (isJamo(c) || c === 0x2605 || c === 0x2606) jamo++; // ㅋㅋ, ㅠㅠ, a rating ★★★☆
    else if (c === 0x7e || c === 0xff5e) tilde = true;
    else if (isEmoji(c)) emoji = true;
    e--;
  }
  if (jamo >= 2) return true;
  // in informal text one laughing or crying jamo glued to a word closes it too (그래ㅎ, 너무해ㅠ)
  if (jamo === 1 && informal && e > start && isHangulSyllable(text.charCodeAt(e - 1)) && LAUGH_JAMO.has(text.charCodeAt(e)))
    return true;
  // in informal text a pictographic emoji glued to a word closes it like laughter (맛집 발견😍)
  if (emoji && informal && e > start && isHangulSyllable(text.charCodeAt(e - 1))) return true;
  if (tilde && e - start >= 3 && isHangulSyllable(text.charCodeAt(e - 1))) return true;
  if (e <= start) return false;
  const last = ROOT_CHILD[text.charCodeAt(e - 1)];
  if (!last) return false;
  // the longest suffix that matches decides (포함 beats 함, 반겨줌 beats nothing); a one-letter
  // word counts only through a whole-word entry (^됨), as bare 죠, 임, 셈 are mostly nouns
  if (e - start < 2) return counts(last.whole, informal);
  let kind = last.kind;
  let node: Node | undefined = last;
  let i = e - 2;
  for (; i >= start; i--) {
    const c = text.charCodeAt(i);
    const j = jong(c);
    const byJong = j ? node.next.get(j) : undefined;
    if (byJong && byJong.kind !== NONE) kind = byJong.kind;
    node = node.next.get(c);
    if (!node) break;
    if (node.kind !== NONE) kind = node.kind;
  }
  if (node && i < start && node.whole !== NONE) kind = node.whole;
  return counts(kind, informal);
}

/** Jamo that laugh or cry alone: ㅋ ㅎ ㅠ ㅜ. */
const LAUGH_JAMO = new Set([...'ㅋㅎㅠㅜ'].map((c) => c.charCodeAt(0)));

const counts = (kind: number, informal: boolean): boolean => kind === FINAL || (informal && kind === INFORMAL);

/** Where a word ends once a glued parenthetical or bracket is cut off (없잖아요(강한부정) → 없잖아요, 했다[사진]). */
function asideStart(text: string, start: number, end: number): number {
  const close = text.charCodeAt(end - 1);
  const open = close === 0x29 ? 0x28 : close === 0x5d ? 0x5b : 0;
  if (open === 0) return end;
  for (let i = end - 2; i > start && end - i < 40; i--) if (text.charCodeAt(i) === open) return i;
  return end;
}

/** The last letter of the word before the space before `at`, or 0. */
function letterBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
  return i > 0 ? text.charCodeAt(i - 1) : 0;
}

/** Vowels (중성 index) that 해체 -어/-아 leaves on an open syllable: ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ (먹어, 해, 봐, 돼, 고마워). */
const EO_VOWELS = new Set([0, 1, 4, 6, 9, 10, 14]);
/** Endings with those vowels that are not -어/-아: 다, 나, 까, 라, 자, 래, 대 (했다, 하나, 할까, 해라). */
const NOT_EO = new Set([...'다나까라자래대'].map((c) => c.charCodeAt(0)));
/** Does a syllable end in 해체 -어/-아 (an open syllable with one of those vowels)? */
export function isEo(c: number): boolean {
  if (!isHangulSyllable(c) || jong(c) !== 0 || NOT_EO.has(c)) return false;
  return EO_VOWELS.has(Math.floor(((c - 0xac00) % 588) / 28));
}

/** Is `word` (`whole`: nothing glued after it) listed in `next`, as a word or by a prefix? */
function listed(next: Next, word: string, whole: boolean): boolean {
  if (whole && next.words.has(word)) return true;
  for (let k = 1; k <= word.length && k <= PREFIX_MAX; k++) if (next.prefixes.has(word.slice(0, k))) return true;
  return false;
}

/** The word before the space before `at` (up to BECAUSE_MAX letters; longer words give ''). */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  let s = e;
  while (s > 0 && isHangulSyllable(text.charCodeAt(s - 1)) && e - s <= BECAUSE_MAX) s--;
  return e - s > BECAUSE_MAX ? '' : text.slice(s, e);
}

/** Is the word after the space at `from` an auxiliary that follows -어/-아 (있어, 버렸음, 놨어)? */
function auxiliaryAt(text: string, from: number, end: number): boolean {
  if (from >= end || text.charCodeAt(from) !== 0x20) return false;
  const at = from + 1;
  let r = at;
  while (r < end && r - at < 5 && isHangulSyllable(text.charCodeAt(r))) r++;
  return r > at && listed(NEXT_AFTER_EO, text.slice(at, r), r === end || !isHangulSyllable(text.charCodeAt(r)));
}

const RIEUL = 0x3139; // ㄹ
const JI = 0xc9c0; // 지
const YA = 0xc57c; // 야
const DEGREE = /^ (?:것 같|거 같|듯|뻔)/;
/** Does ` 것 같…`, ` 거 같…`, ` 듯` or ` 뻔` follow at `from` (죽을 것 같아, 넘어질 뻔)? */
const degreeAt = (text: string, from: number, end: number): boolean => DEGREE.test(text.slice(from, Math.min(end, from + 5)));

/** Does the word at `at` (after a candidate end) show the sentence goes on (하고, 라고, 싶어, 등)? */
export function continues(text: string, at: number, end: number): boolean {
  let r = at;
  while (r < end && r - at < 5 && isHangulSyllable(text.charCodeAt(r))) r++;
  if (r === at) return false;
  const whole = r === end || !isHangulSyllable(text.charCodeAt(r));
  // the pair -다 -다 하다 (왔다 갔다 하는, 경하한다 어쩐다 하며)
  if (whole && text.charCodeAt(r - 1) === 0xb2e4 && text.charCodeAt(r) === 0x20 && text.charCodeAt(r + 1) === 0xd558) return true;
  // a state adjective before a verb phrase in -어 + auxiliary (피곤해 누워 있어)
  // or before a clause of degree, -ㄹ 것 같다, -ㄹ 듯, -ㄹ 뻔 (배고파 쓰러질 것 같아, 추워 얼어 죽을 뻔)
  if (whole && isEo(letterBefore(text, at)) && BECAUSE.has(wordBefore(text, at))) {
    const last = text.charCodeAt(r - 1);
    if (isEo(last) && auxiliaryAt(text, r, end)) return true;
    if (jong(last) === RIEUL && degreeAt(text, r, end)) return true;
  }
  // the topic particle (이)야 before a -지 predicate (돈이야 많지, 그거야 당연하지), no copula -야
  if (whole && text.charCodeAt(r - 1) === JI && letterBefore(text, at) === YA) return true;
  if (!NEXT_FIRST.has(text.charCodeAt(at))) return false; // most words: no string built
  const word = text.slice(at, r);
  if (listed(NEXT, word, whole)) return true;
  const before = letterBefore(text, at);
  if (before === 0xb2e4 && listed(NEXT_AFTER_DA, word, whole)) return true; // 다
  if (before === 0xb124 && listed(NEXT_AFTER_NE, word, whole)) return true; // 네
  if (before === 0xac8c && listed(NEXT_AFTER_GE, word, whole)) return true; // 게
  return isEo(before) && listed(NEXT_AFTER_EO, word, whole);
}
