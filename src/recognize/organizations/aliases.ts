// Abbreviations an article defines in brackets after the full name: 한국배구연맹(KOVO),
// 한국항공우주연구원(항우연), or before it: 조중방(조선중앙방송). Other uses of the abbreviation are
// mentions of the full name.
import { isWordLetter } from './scan.js';
import { matchWord } from './word.js';

/** Abbreviation → the full name it was defined for, for one document. */
export function definedAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const defined = definition(text, open);
    if (defined === null) continue;
    const [word, inner] = defined;
    const full = matchWord(word);
    if (full && !full.short && full.length === word.length && abbreviates(inner, word)) aliases.set(inner, full.full[0] ?? word);
    else if (/^[가-힣]{2,5}$/.test(word) && abbreviates(word, inner)) {
      const spelled = matchWord(inner);
      if (spelled && !spelled.short && spelled.length === inner.length) aliases.set(word, spelled.full[0] ?? inner);
    }
  }
  return aliases;
}

const CLOSING_MARKS = new Set([0x27, 0x2019, 0x22, 0x201d]);

/** The word before the bracket at `open` (its last 30 letters) and the word of 2-10 letters inside it, or null. */
function definition(text: string, open: number): [string, string] | null {
  // A quoted name keeps its closing mark before the bracket: ‘누리추모위원회’(추모위).
  const wordEnd = CLOSING_MARKS.has(text.charCodeAt(open - 1)) ? open - 1 : open;
  let start = wordEnd;
  while (start > 0 && wordEnd - start < 30 && isWordLetter(text.charCodeAt(start - 1))) start--;
  let close = open + 1;
  while (close < text.length && close - open <= 11 && isWordLetter(text.charCodeAt(close))) close++;
  if (wordEnd - start < 2 || close - open < 3 || close - open > 11 || text.charCodeAt(close) !== 0x29) return null;
  return [text.slice(start, wordEnd), text.slice(open + 1, close)];
}

/** An upper-case abbreviation, or Korean letters taken in order from the name (항우연 from 한국항공우주연구원). */
function abbreviates(short: string, name: string): boolean {
  if (/^[A-Z][A-Z0-9&]+$/.test(short)) return true;
  if (!/^[가-힣]+$/.test(short) || short.length >= name.length) return false;
  let i = 0;
  for (const ch of name) if (ch === short[i]) i++;
  return i === short.length;
}

