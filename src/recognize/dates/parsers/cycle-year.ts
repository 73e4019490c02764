// 2018 무술년, 2025년 을사년: a year written with its name in the sixty-year cycle (stem and branch),
// one expression. The name must be the year's own; a cycle name alone (기미년) is left out, since it
// recurs every sixty years and news use it for history (기미년 독립선언) as much as for this year.
import { DATE_END, NUMBER_START, SEP, YEAR_NUM } from './patterns.js';
import { newParts } from './parts.js';
import type { Parser } from './types.js';

const STEMS = '갑을병정무기경신임계';
const BRANCHES = '자축인묘진사오미신유술해';

export const cycleYear: Parser = {
  starts: { digits: true, afterDigits: `년 \u00a0${STEMS}`, words: [] },
  pattern: `${NUMBER_START}(?<year>${YEAR_NUM})년?${SEP}(?<stem>[${STEMS}])(?<branch>[${BRANCHES}])년${DATE_END}`,
  extract(g) {
    const year = +g.year!;
    // 1984 was 갑자년, the first of a cycle.
    if (STEMS[(year - 4) % 10] !== g.stem || BRANCHES[(year - 4) % 12] !== g.branch) return null;
    const parts = newParts();
    parts.year = year;
    return { parts };
  },
};
