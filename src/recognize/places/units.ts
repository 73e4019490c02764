// Rule: right after a country or a foreign place (브라질 X주, 중국 광둥성 X시, 후난성 X현), a word of a
// name and a unit of administration, fused or spaced (X 주), is a state, city or county inside it; after
// a province named with 도 (함경북도 길주군) also a name of two syllables and 군, a county named with its
// 군 as North Korean counties are (군 alone ends too many words for armies: 인민해방군, 정부군).
// Alone such words are too often ordinary (기술주, 당시); after a place, the ordinary ones are listed in
// data/unit-stops.txt. The span keeps the unit; the name drops 시, as for Korean cities.
import { Stops } from './data.js';
import { foundAt, type Found } from './found.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const UNITS = new Set([...'주시현'].map((ch) => ch.charCodeAt(0)));
const SI = '시'.charCodeAt(0);
const GUN = '군'.charCodeAt(0);
const COUNTY_NAME = 2;
const SPACE = 0x20;
const STOPS = new Stops('unit-stops.txt');
// The name before the unit has two syllables at least (중국 당시 is no city 당).
const MIN_NAME = 2;

/** A unit word at `start`; `inProvince` when the place before is a province named with 도. */
export function findUnitWord(text: string, start: number, inProvince = false): Found | null {
  const runEnd = hangulRunEnd(text, start);
  const county = start + COUNTY_NAME + 1;
  if (inProvince && text.charCodeAt(county - 1) === GUN && endsWord(text, county, runEnd) && !STOPS.endAt(text, start, county)) {
    return foundAt(text, start, county, text.slice(start, county), 'unit');
  }
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
  return foundAt(text, start, unit + 1, text.slice(start, nameEnd), 'unit');
}
