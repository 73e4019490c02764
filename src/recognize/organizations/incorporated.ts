// A company told by its legal form written with it: (주)누리테크, ㈜누리테크, ㈱누리테크, 누리테크(주), 누리테크㈜
// (주식회사, a joint-stock company). The name is the word right after or before the mark, without particles.
import { splitParticle } from '../../korean/particles.js';

const MARK = '(주)';
const OPEN = 0x28;
const CLOSE = 0x29;
// ㈜ (U+321C) and ㈱ (U+3231), the mark in one character.
const isMark = (c: number): boolean => c === 0x321c || c === 0x3231;
const NAME = /^[A-Za-z가-힣][0-9A-Za-z가-힣&]{1,15}$/;

/** The (주) marks of one document: most have none, and then no word is looked at. */
export class CompanyMarks {
  /** Whether the document has a mark at all. */
  readonly any: boolean;
  constructor(text: string) {
    this.any = text.includes(MARK) || text.includes('㈜') || text.includes('㈱');
  }

  /** The length of a company's name making up the word text[start, end) next to a mark, or 0. */
  nameAt(text: string, start: number, end: number): number {
    if (!this.any) return 0;
    // One character tells most words apart: the mark's last (or only) one before, its first after.
    const c = text.charCodeAt(start - 1);
    const before = isMark(c) || (c === CLOSE && text.startsWith(MARK, start - MARK.length));
    const d = text.charCodeAt(end);
    const after = isMark(d) || (d === OPEN && text.startsWith(MARK, end));
    if (!before && !after) return 0;
    const name = after ? text.slice(start, end) : splitParticle(text.slice(start, end))[0];
    return NAME.test(name) ? name.length : 0;
  }
}
