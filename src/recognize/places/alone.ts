// Rule: 미 or 러 written as a word of its own before another word (미 국무부, 미 UGI사, 러 외무부) is the
// country. Only forms marked `alone` in data/short-forms.txt: 중 and 일 alone are ordinary words (회의 중).
import { type Found, placeMentions } from './found.js';
import { shortForm, type ShortKind } from './lexicon.js';

const ALONE: readonly ShortKind[] = ['alone'];
const NEXT_WORD = /^ [가-힣A-Za-z]/;

export function findAlone(text: string, start: number, runEnd: number): Found | null {
  const short = runEnd === start + 1 ? shortForm(text, start, ALONE) : undefined;
  if (!short || !NEXT_WORD.test(text.slice(start + 1, start + 3))) return null;
  return { mentions: placeMentions(text, start, start + 1, [short.name], 'alone'), next: start + 1 };
}
