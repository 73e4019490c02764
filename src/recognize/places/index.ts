// Places: countries, Korean provinces and municipalities, world cities and named regions, with the
// short forms news use (북러, 韓, 한·미). One pass over the words of the text; lexicons load once.
import type { Mention, Segmented } from '../../types.js';
import { findAlone } from './alone.js';
import { findCompound } from './compounds.js';
import type { Found } from './found.js';
import { findHanja, isHanja } from './hanja.js';
import { findList } from './lists.js';
import { PLACES } from './lexicon.js';
import { findName } from './names.js';
import { findSubdivision } from './subdivisions.js';
import { atWordStart, isHangul } from './text.js';

/** The rules in order, for a word starting at `start`: a lexicon name wins over short-form readings. */
function findAt(text: string, start: number, runEnd: number): Found | null {
  if (isHanja(text.charCodeAt(start))) return findHanja(text, start);
  const name = findName(text, start);
  if (name !== null) return name ?? null; // a name that runs on into another word (한국인) stops here
  return findCompound(text, start, runEnd) ?? findList(text, start, runEnd) ?? findAlone(text, start, runEnd);
}

/** The next run of Hangul syllables or of Hanja at or after `from`, as [start, end]. */
function nextRun(text: string, from: number): [number, number] {
  let i = from;
  while (i < text.length && !isHangul(text.charCodeAt(i)) && !isHanja(text.charCodeAt(i))) i++;
  const inRun = isHangul(text.charCodeAt(i)) ? isHangul : isHanja;
  let j = i;
  while (j < text.length && inRun(text.charCodeAt(j))) j++;
  return [i, j];
}

export function findPlaces(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const out: Mention[] = [];
  let s = 0;
  let afterDivision = -1; // where the word after a Korean city, county or district begins
  for (let next = 0; next < text.length; ) {
    const [start, runEnd] = nextRun(text, next);
    if (start === runEnd) break;
    next = runEnd;
    while (s < skip.length && skip[s].end <= start) s++;
    if (s < skip.length && skip[s].start < runEnd) continue;
    if (!atWordStart(text, start)) continue;
    const found = findAt(text, start, runEnd) ?? (start === afterDivision ? findSubdivision(text, start) : null);
    if (!found) continue;
    for (const mention of found.mentions) out.push(mention);
    next = Math.max(next, found.next);
    const division = ['lexicon-division', 'lexicon-list-only', 'subdivision'].includes(found.mentions[0].rule);
    afterDivision = division && text[runEnd] === ' ' ? runEnd + 1 : -1;
  }
  return out;
}

/** True when `name` is a place name of the lexicon as written (서초구, 베이징), for other recognizers to consult. */
export function isPlaceName(name: string): boolean {
  return PLACES.matchesAt(name, 0)[0]?.end === name.length;
}
