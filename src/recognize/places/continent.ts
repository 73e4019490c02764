// Rule: 북미 is North America when the words after it are about a market, a region or another
// continent (북미 시장, 북미지역, 북미·유럽 투어); elsewhere it is the pair 북한 and 미국 (북미 정상회담),
// which the compound rule reads.
import { foundAt, type Found } from './found.js';
import { readSet } from './data.js';
import { hangulRunEnd, isListSeparator, nextWordStart } from './text.js';
import { endsWord } from './remainder.js';
import { WordSet } from './words.js';

const CONTEXT = new WordSet(readSet('north-america-words.txt'));
export const BUK = 0xbd81; // 북
export const MI = 0xbbf8; // 미

export function findNorthAmerica(text: string, start: number, runEnd: number): Found | null {
  if (text.charCodeAt(start) !== BUK || text.charCodeAt(start + 1) !== MI) return null;
  const end = start + 2;
  if (!continentContext(text, end, runEnd)) return null;
  return foundAt(text, start, end, '북미', 'lexicon-place');
}

/** Does a continent word follow: in the same word (북미지역), after a list mark (북미·유럽) or as the next word after particles (북미와 유럽)? */
function continentContext(text: string, end: number, runEnd: number): boolean {
  if (end < runEnd && CONTEXT.startsAt(text, end, runEnd)) return true;
  if (end < runEnd && !endsWord(text, end, runEnd)) return false;
  const next = isListSeparator(text.charCodeAt(runEnd)) ? runEnd + 1 : nextWordStart(text, runEnd);
  return next >= 0 && CONTEXT.startsAt(text, next, hangulRunEnd(text, next));
}
