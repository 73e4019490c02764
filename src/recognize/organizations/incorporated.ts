// A company told by its legal form written with it: (주)누리테크, ㈜누리테크, ㈱누리테크, 누리테크(주), 누리테크㈜
// (주식회사, a joint-stock company). The name is the word right after or before the mark, without particles.
import { splitParticle } from '../../korean/particles.js';

const MARK = '(주)';
// ㈜ (U+321C) and ㈱ (U+3231), the mark in one character.
const isMark = (c: number): boolean => c === 0x321c || c === 0x3231;
const NAME = /^[A-Za-z가-힣][0-9A-Za-z가-힣&]{1,15}$/;

/** The length of a company's name making up the word text[start, end) next to a (주) mark, or 0. */
export function incorporatedAt(text: string, start: number, end: number): number {
  const before = isMark(text.charCodeAt(start - 1)) || text.startsWith(MARK, start - MARK.length);
  const after = isMark(text.charCodeAt(end)) || text.startsWith(MARK, end);
  if (!before && !after) return 0;
  const [name] = after ? [text.slice(start, end)] : splitParticle(text.slice(start, end));
  return NAME.test(name) ? name.length : 0;
}
