// Rule: 미 or 러 written as a word of its own before another word (미 국무부, 미 UGI사, 러 외무부) is the
// country. Only forms marked `alone` in data/short-forms.txt: 중 and 일 alone are ordinary words (회의 중).
import type { Found } from './found.js';
import { foundAt } from './found.js';
import { SHORT, shortForm } from './lexicon.js';
import { isHangul } from './text.js';

const isLetter = (c: number): boolean => isHangul(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export function findAlone(text: string, start: number, runEnd: number): Found | null {
  const name = runEnd === start + 1 ? shortForm(text, start, SHORT.alone) : undefined;
  if (!name || text.charCodeAt(start + 1) !== 0x20 || !isLetter(text.charCodeAt(start + 2))) return null;
  return foundAt(text, start, start + 1, name, 'alone');
}
