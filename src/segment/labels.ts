// Speaker labels of chat logs and scripts (민수:"…", 지은 : …): a label opens a new turn, so a soft
// end before it (a closing quote, an ellipsis) is a sentence end even without a final ending, and in a
// line that opens with a label (a chat log run together: 민수: 어디야 지은: 집), any word before one is.
import { isDigit, isHangulSyllable, isLatin } from './chars.js';

/** Longest label name looked at. */
const NAME_MAX = 10;

/**
 * Is the word at `at` a speaker label: a short name, then `:` glued or after one space, then no digit;
 * with `quoted`, then an opening quote mark (민수:"…", 민수: “…”), as a headline's `X: Y` is no turn.
 */
export function isSpeakerLabel(text: string, at: number, end: number, quoted: boolean): boolean {
  let r = at;
  while (r < end && r - at <= NAME_MAX && (isHangulSyllable(text.charCodeAt(r)) || isLatin(text.charCodeAt(r)))) r++;
  if (r === at || r - at > NAME_MAX) return false;
  if (r + 1 < end && text.charCodeAt(r) === 0x20) r++; // 지은 : …
  const c = r < end ? text.charCodeAt(r) : 0;
  if (c !== 0x3a && c !== 0xff1a) return false;
  r++;
  if (r >= end || isDigit(text.charCodeAt(r))) return false;
  if (!quoted) return true;
  if (text.charCodeAt(r) === 0x20) r++;
  const q = r < end ? text.charCodeAt(r) : 0;
  return q === 0x22 || q === 0x201c || q === 0x27 || q === 0x2018;
}

/** End of the name of a speaker label at `at` (민수: → after 수), or -1 when no label starts there. */
export function labelAt(text: string, at: number, end: number): number {
  if (!isSpeakerLabel(text, at, end, false)) return -1;
  let r = at;
  while (r < end && (isHangulSyllable(text.charCodeAt(r)) || isLatin(text.charCodeAt(r)))) r++;
  return r;
}

/**
 * Does a new turn start at `at` in a line that opened with the label [first, firstEnd)? A label of two
 * letters or more, or the same one-letter name as the first label (나: … 친구: … 나: …); a one-letter
 * word before a colon is more often a field (할 일: 장보기).
 */
export function opensTurn(text: string, at: number, end: number, first: number, firstEnd: number): boolean {
  const r = labelAt(text, at, end);
  if (r < 0) return false;
  return r - at >= 2 || (firstEnd - first === 1 && text.charCodeAt(at) === text.charCodeAt(first));
}
