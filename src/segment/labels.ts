// Speaker labels of chat logs and scripts (민수:"…", 지은 : …): a label opens a new turn, so a soft
// end before it (a closing quote, an ellipsis) is a sentence end even without a final ending.
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
