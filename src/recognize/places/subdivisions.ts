// Rule: a word of three or four syllables ending in 동, 읍, 면 or 리 right after a Korean city, county
// or district is the neighbourhood, town or village inside it (서울 강남구 청담동, 청양군 장평면). Alone,
// or shorter, such words are too often ordinary nouns (활동, 방면) to be read as places.
import type { Mention } from '../../types.js';
import { addMentions, type Found } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const UNITS = new Set([...'동읍면리'].map((ch) => ch.charCodeAt(0)));
const MYEON = '면'.charCodeAt(0);
const MIN = 3;
const MAX = 4;
// 면 after these ends a verb's condition (도착하려면, 있다면, 보라면), not a township.
const CONDITIONAL = new Set([...'려다라으하이'].map((ch) => ch.charCodeAt(0)));

export function findSubdivision(text: string, start: number): Found | null {
  const runEnd = hangulRunEnd(text, start);
  for (let end = Math.min(runEnd, start + MAX); end >= start + MIN; end--) {
    const unit = text.charCodeAt(end - 1);
    if (!UNITS.has(unit)) continue;
    if (unit === MYEON && CONDITIONAL.has(text.charCodeAt(end - 2))) continue;
    if (!endsWord(text, end, runEnd)) continue;
    const mentions: Mention[] = [];
    addMentions(mentions, text, start, end, text.slice(start, end), 'subdivision');
    return { mentions, next: end };
  }
  return null;
}
