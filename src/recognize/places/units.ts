// Rule: right after a country or a foreign place (브라질 X주, 중국 광둥성 X시, 후난성 X현), a word of a
// name and a unit of administration, fused or spaced (X 주), is a state, city or county inside it.
// Alone such words are too often ordinary (기술주, 당시); after a place, the ordinary ones are listed in
// data/unit-stops.txt. The span keeps the unit; the name drops 시, as for Korean cities.
import type { Mention } from '../../types.js';
import { Stops } from './data.js';
import { addMentions, type Found } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const UNITS = new Set([...'주시현'].map((ch) => ch.charCodeAt(0)));
const SI = '시'.charCodeAt(0);
const SPACE = 0x20;
const STOPS = new Stops('unit-stops.txt');
// The name before the unit has two syllables at least (중국 당시 is no city 당).
const MIN_NAME = 2;

export function findUnitWord(text: string, start: number): Found | null {
  const runEnd = hangulRunEnd(text, start);
  // Fused (세아주에서) or spaced (세아 주에서): where the unit stands.
  let unit = -1;
  for (let end = runEnd; end > start + MIN_NAME && unit < 0; end--) {
    if (UNITS.has(text.charCodeAt(end - 1)) && endsWord(text, end, runEnd)) unit = end - 1;
  }
  if (unit < 0 && runEnd - start >= MIN_NAME && text.charCodeAt(runEnd) === SPACE && UNITS.has(text.charCodeAt(runEnd + 1))) {
    const after = hangulRunEnd(text, runEnd + 2);
    if (endsWord(text, runEnd + 2, after)) unit = runEnd + 1;
  }
  if (unit < 0 || STOPS.endAt(text, start, unit + 1)) return null;
  const nameEnd = text.charCodeAt(unit) === SI ? (unit === runEnd + 1 ? runEnd : unit) : unit + 1;
  const mentions: Mention[] = [];
  addMentions(mentions, text, start, unit + 1, text.slice(start, nameEnd), 'unit');
  return { mentions, next: unit + 1 };
}
