// Abbreviations an article defines in brackets after the full name: 한국배구연맹(KOVO),
// 한국항공우주연구원(항우연). Later uses of the abbreviation are mentions of the full name.
import { matchWord } from './word.js';

const DEFINED = /([0-9A-Za-z가-힣&]{2,30})\(([0-9A-Za-z가-힣&]{2,10})\)/g;

/** Abbreviation → the full name it was defined for, for one document. */
export function definedAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of text.matchAll(DEFINED)) {
    const [, word, inner] = m;
    const full = matchWord(word);
    if (full && !full.short && full.length === word.length && abbreviates(inner, word)) aliases.set(inner, full.full[0] ?? word);
  }
  return aliases;
}

/** An upper-case abbreviation, or Korean letters taken in order from the name (항우연 from 한국항공우주연구원). */
function abbreviates(short: string, name: string): boolean {
  if (/^[A-Z][A-Z0-9&]+$/.test(short)) return true;
  if (!/^[가-힣]+$/.test(short) || short.length >= name.length) return false;
  let i = 0;
  for (const ch of name) if (ch === short[i]) i++;
  return i === short.length;
}

