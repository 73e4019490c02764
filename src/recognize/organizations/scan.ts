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
  for (let c = text.charCodeAt(end); end < text.length && LETTER[c] === kind; c = text.charCodeAt(++end)) {
    if (c === 0x26 && isEntityAt(text, end)) break; // 삼성전자&quot;는: the word ends before an HTML entity
  }
  return end;
}

/** An HTML character reference (&quot; &lt; &#39;) at `at`, left in text scraped from web pages. */
const ENTITY = /&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,6});/y;
function isEntityAt(text: string, at: number): boolean {
  ENTITY.lastIndex = at;
  return ENTITY.test(text);
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

/** A character every match holds at most `within` characters after its start (the = of [서울=뉴스1]). */
export interface Inner {
  char: string;
  within: number;
}

/**
 * The matches of `pattern` (sticky) as matchAll would give them, tried only where one of the characters
 * `firsts` (those a match begins with) stands, and `inner`'s character stands near enough after it:
 * indexOf finds a rare character many times faster than a regex scan, and the full pattern runs only there.
 */
export function matchesAt(text: string, firsts: string, pattern: RegExp, inner?: Inner): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next = new Array<number>(firsts.length).fill(-2); // per first character: where it next stands (-1: nowhere)
  let innerAt = -2; // where inner's character next stands
  for (let from = 0; ; ) {
    const at = nextOf(text, firsts, next, from);
    if (at === -1) return out;
    if (inner !== undefined) {
      if (innerAt !== -1 && innerAt < at) innerAt = text.indexOf(inner.char, at);
      if (innerAt === -1) return out;
      if (innerAt - at > inner.within) {
        from = at + 1;
        continue;
      }
    }
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) {
      from = at + 1;
      continue;
    }
    out.push(m);
    from = m.index + m[0].length;
  }
}

/** The first position at or after `from` of one of `chars`; `next` keeps each one's last find between calls. */
function nextOf(text: string, chars: string, next: number[], from: number): number {
  let first = -1;
  for (let i = 0; i < chars.length; i++) {
    if (next[i] !== -1 && next[i] < from) next[i] = text.indexOf(chars[i], from);
    if (next[i] !== -1 && (first === -1 || next[i] < first)) first = next[i];
  }
  return first;
}
