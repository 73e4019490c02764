// Rule: a word of three or four syllables ending in 동, 읍, 면 or 리 right after a Korean city, county
// or district is the neighbourhood, town or village inside it (서울 강남구 청담동, 청양군 장평면). Alone,
// or shorter, such words are too often ordinary nouns (활동, 방면) to be read as places.
import { type Found, placeMentions } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const UNITS = '동읍면리';
const MIN = 3;
const MAX = 4;
// 면 after these ends a verb's condition (도착하려면, 있다면, 보라면), not a township.
const CONDITIONAL = '려다라으하이';

export function findSubdivision(text: string, start: number): Found | null {
  const runEnd = hangulRunEnd(text, start);
  for (let end = Math.min(runEnd, start + MAX); end >= start + MIN; end--) {
    if (!UNITS.includes(text[end - 1])) continue;
    if (text[end - 1] === '면' && CONDITIONAL.includes(text[end - 2])) continue;
    const name = text.slice(start, end);
    if (endsWord(name, text.slice(end, runEnd))) return { mentions: placeMentions(text, start, end, [name], 'subdivision'), next: end };
  }
  return null;
}
