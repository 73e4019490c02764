// Does an ellipsis close the sentence after a word that has no final ending (개뿔... 비추... 맛..)?
// In informal text, yes when the word is complete in itself: not a particle, connective or adnominal
// ending and not an adverb or interjection that leads into what follows (ellipsis-leads.txt).
// Two syllables at least: one-syllable words before an ellipsis are mostly interjections (아... 음...).
import { isHangulSyllable } from './chars.js';
import { loadLexicon } from './lexicon.js';

const LEADS = loadLexicon('ellipsis-leads.txt');
const LAST = new Set(LEADS.filter((w) => w.startsWith('-')).map((w) => w.charCodeAt(1)));
const WORDS = new Set(LEADS.filter((w) => !w.startsWith('-')));
const LONGEST = Math.max(...[...WORDS].map((w) => w.length));

/** Is [start, end) a whole word of two or more Hangul syllables that an ellipsis after it trails off? */
export function trailsOff(text: string, start: number, end: number): boolean {
  if (end - start < 2 || LAST.has(text.charCodeAt(end - 1))) return false;
  for (let i = start; i < end; i++) if (!isHangulSyllable(text.charCodeAt(i))) return false;
  return end - start > LONGEST || !WORDS.has(text.slice(start, end));
}
