// Rule: a word of three or four syllables ending in 동, 읍, 면 or 리 right after a Korean city, county
// or district is the neighbourhood, town or village inside it (서울 강남구 청담동, 청양군 장평면). Alone,
// only 동 and 읍 count, and 동 not in an ordinary word (활동, 운동: data/dong-stops.txt); 면 and 리 end
// too many ordinary words (방면, 관리), and shorter words are too often ordinary nouns, but for a 동 of two
// syllables right after a division (중구 정동) that is no ordinary word either.
import { AMBIGUOUS_TITLES, TITLES } from '../persons/lexicon.js';
import { Stops } from './data.js';
import { foundAt, type Found } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

// Typed arrays by UTF-16 code: the alone test runs for most words of a text.
const UNITS = new Uint8Array(0x10000);
for (const ch of '동읍면리') UNITS[ch.charCodeAt(0)] = 1;
const ALONE_UNITS = new Uint8Array(0x10000);
for (const ch of '동읍') ALONE_UNITS[ch.charCodeAt(0)] = 1;
const DONG = '동'.charCodeAt(0);
const DONG_STOPS = new Stops('dong-stops.txt');
const MYEON = '면'.charCodeAt(0);
const MIN = 3;
const MIN_AFTER_DIVISION = 2;
const MAX = 4;
// 면 after these ends a verb's condition (도착하려면, 있다면, 보라면), not a township.
const CONDITIONAL = new Set([...'려다라으하이'].map((ch) => ch.charCodeAt(0)));

const OPEN = 0x28;
const SPACE = 0x20;
const MAX_TITLE = 5;

/** True when a person's age (여동(70)) or title (여동 감독, 여동 씨) follows `end`: 동 ends given names too. */
function personAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === OPEN) return text.charCodeAt(end + 1) >= 0x30 && text.charCodeAt(end + 1) <= 0x39;
  if (next !== SPACE) return false;
  // The title may carry a particle (감독은): any start of the next word that is a title counts.
  const wordEnd = Math.min(hangulRunEnd(text, end + 1), end + 1 + MAX_TITLE);
  for (let to = wordEnd; to > end + 1; to--) {
    const word = text.slice(end + 1, to);
    if (word === '씨' || (TITLES.has(word) && !AMBIGUOUS_TITLES.has(word))) return true;
  }
  return false;
}

/**
 * A subdivision at `start`: right after a Korean city, county or district (`afterDivision`), or alone;
 * `inAddress` when that division stood bare, as in an address (중구 정동), where a 동 may have two syllables.
 */
export function findSubdivision(text: string, start: number, runEnd: number, afterDivision: boolean, inAddress = false): Found | null {
  const units = afterDivision ? UNITS : ALONE_UNITS;
  // In an address a neighbourhood may have two syllables (중구 정동), 동 only: 면 and 리 end too many
  // two-syllable words (측면, 관리).
  const min = inAddress ? MIN_AFTER_DIVISION : MIN;
  for (let end = Math.min(runEnd, start + MAX); end >= start + min; end--) {
    const unit = text.charCodeAt(end - 1);
    if (units[unit] !== 1) continue;
    if (end - start < MIN && unit !== DONG) continue;
    if ((!afterDivision || end - start < MIN) && unit === DONG && DONG_STOPS.endAt(text, start, end)) continue;
    if (unit === MYEON && CONDITIONAL.has(text.charCodeAt(end - 2))) continue;
    if (!endsWord(text, end, runEnd)) continue;
    if (!afterDivision && end === runEnd && personAfter(text, end)) continue;
    return foundAt(text, start, end, text.slice(start, end), 'subdivision');
  }
  return null;
}
