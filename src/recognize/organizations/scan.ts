// The words of running text, read by character code without a regex or a match object per word:
// a run of Hangul syllables, Latin letters, digits and `&`, or a run of Hanja (靑, 北).
const LETTER = new Uint8Array(0x10000);
for (const c of '0123456789&ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') LETTER[c.charCodeAt(0)] = 1;
LETTER.fill(1, 0xac00, 0xd7a4); // 가-힣
LETTER.fill(2, 0x4e00, 0xa000); // CJK unified ideographs

/** The end of the word starting at `start`; `start` itself when no word starts there. */
export function wordEnd(text: string, start: number): number {
  const kind = LETTER[text.charCodeAt(start)];
  if (kind === 0) return start;
  let end = start + 1;
  while (end < text.length && LETTER[text.charCodeAt(end)] === kind) end++;
  return end;
}

/** Quotation marks that open a quoted name, by UTF-16 code: most words follow none. */
export const OPENING_MARKS = new Uint8Array(0x10000);
for (const c of "'‘\"“") OPENING_MARKS[c.charCodeAt(0)] = 1;

/** Quotation marks and brackets that close a quoted name, by UTF-16 code. */
export const CLOSING_MARKS = new Uint8Array(0x10000);
for (const c of '\'"’”」』》〉') CLOSING_MARKS[c.charCodeAt(0)] = 1;

/** True for a Hangul syllable (가-힣). */
export const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** True for a letter of a Hangul, Latin or digit word (not Hanja). */
export const isWordLetter = (c: number): boolean => LETTER[c] === 1;

/**
 * The matches of `pattern` (sticky) as matchAll would give them, tried only where `starts` (global) finds
 * a character a match begins with: a scan for a rare character is many times faster than the full pattern.
 */
export function matchesAt(text: string, starts: RegExp, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
    pattern.lastIndex = s.index;
    const m = pattern.exec(text);
    if (m === null) continue;
    out.push(m);
    starts.lastIndex = m.index + m[0].length;
  }
  return out;
}
