// A firm named inside its union's or branch's name (한빛조선하청지회, 누리건설노조): the article also calls
// the firm by that name alone (한빛조선 노동자들), which ends in a line of business but has no listed
// group's name, so the ending rules do not take it. Such firms are defined for the document like an
// abbreviation in brackets.
import { readList } from './lists.js';

/** Endings of a union or its branch, and what may stand between the firm and them (사내하청지회). */
const UNION = /(?:사내)?(?:하청)?(?:노동조합|노조|지회|지부|분회)/g;
const BUSINESS = [...readList('business-words.txt'), ...readList('firm-endings.txt')];
const HANGUL = /[가-힣]/;

/** Firms named before a union ending in the text, each a name at least one syllable longer than its line of business. */
export function unionFirms(text: string): string[] {
  const out = new Set<string>();
  UNION.lastIndex = 0;
  for (let m = UNION.exec(text); m !== null; m = UNION.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 12 && HANGUL.test(text[start - 1])) start--;
    if (start === m.index || HANGUL.test(text[start - 1] ?? '')) continue; // no word before, or too long a word
    const firm = text.slice(start, m.index);
    if (BUSINESS.some((b) => firm.length > b.length && firm.endsWith(b))) out.add(firm);
  }
  return [...out];
}
