// Is a word a sentence end by its ending? Suffix look-ups in endings.txt (종결어미), not-endings.txt
// (look-alikes: 보다, 필요, 포함) and continuations.txt (words after an end that show it goes on).
import { isHangulSyllable, isJamo, isTrailer, jong } from './chars.js';
import { loadLexicon } from './lexicon.js';

const FINALS = new Set(loadLexicon('endings.txt'));
const NOT_FINALS = new Set(loadLexicon('not-endings.txt'));
const CONTINUATIONS = loadLexicon('continuations.txt');
const NEXT_WORDS = new Set(CONTINUATIONS.filter((w) => !w.endsWith('*')));
const NEXT_PREFIXES = new Set(CONTINUATIONS.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)));
const LONGEST = Math.max(...[...FINALS, ...NOT_FINALS].map((w) => w.length));
/** Last syllables any final ending can have: a cheap first test before the suffix look-ups. */
const LAST = new Set([...FINALS].map((w) => w.charCodeAt(w.length - 1)));

/**
 * Does the word [start, end) end a sentence by its ending? Trailing emoticons and laughter are
 * looked through; two or more laughter/crying jamo (ㅋㅋ, ㅠㅠ) end a sentence by themselves.
 */
export function endsWithFinal(text: string, start: number, end: number): boolean {
  let e = asideStart(text, start, end);
  let jamo = 0;
  let tilde = false;
  while (e > start && isTrailer(text.charCodeAt(e - 1))) {
    const c = text.charCodeAt(e - 1);
    if (isJamo(c)) jamo++;
    if (c === 0x7e || c === 0xff5e) tilde = true;
    e--;
  }
  if (jamo >= 2) return true; // 노래ㅠㅠ, or a token of laughter on its own
  // a tilde after a longer word closes it (꿀렁꿀렁~, 친구들~), not after 네~ or 전~
  if (tilde && e - start >= 3 && isHangulSyllable(text.charCodeAt(e - 1))) return true;
  if (e - start < 2 || !LAST.has(text.charCodeAt(e - 1))) return false;
  let final = false;
  for (let k = 1; k <= LONGEST && e - k >= start; k++) {
    const tail = text.slice(e - k, e);
    if (NOT_FINALS.has(tail)) return false;
    if (FINALS.has(tail)) final = true;
    else if (e - k - 1 >= start && FINALS.has(jong(text.charCodeAt(e - k - 1)) + tail)) final = true;
  }
  return final;
}

/** Where a word ends once a glued parenthetical is cut off (없잖아요(강한부정) → 없잖아요). */
function asideStart(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== 0x29) return end;
  const open = text.lastIndexOf('(', end - 2);
  return open > start ? open : end;
}

/** Does the word at `at` (after a candidate end) show the sentence goes on (하고, 라고, 싶어, 등)? */
export function continues(text: string, at: number, end: number): boolean {
  let r = at;
  while (r < end && r - at < 5 && isHangulSyllable(text.charCodeAt(r))) r++;
  if (r === at) return false;
  const word = text.slice(at, r);
  if (NEXT_WORDS.has(word) && (r === end || !isHangulSyllable(text.charCodeAt(r)))) return true;
  for (let k = 1; k <= word.length && k <= 2; k++) if (NEXT_PREFIXES.has(word.slice(0, k))) return true;
  return false;
}
