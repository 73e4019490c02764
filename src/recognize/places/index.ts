// Places: countries, Korean provinces and municipalities, world cities and named regions, with the
// short forms news use (북러, 韓, 한·미). One pass over the words of the text; lexicons load once.
import type { Mention, Segmented } from '../../types.js';
import { findCompound } from './compounds.js';
import type { Found } from './found.js';
import { findHanja, isHanja } from './hanja.js';
import { findList } from './lists.js';
import { findName } from './names.js';
import { atWordStart } from './text.js';

const WORD = /[가-힣]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** The rules in order, for a word starting at `start`: a lexicon name wins over short-form readings. */
function findAt(text: string, start: number): Found | null {
  if (isHanja(text[start])) return findHanja(text, start);
  const name = findName(text, start);
  if (name !== null) return name ?? null; // a name that runs on into another word (한국인) stops here
  return findCompound(text, start) ?? findList(text, start);
}

export function findPlaces(seg: Segmented): Mention[] {
  const { text, skip } = seg;
  const out: Mention[] = [];
  const word = new RegExp(WORD);
  let s = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const start = m.index;
    while (s < skip.length && skip[s].end <= start) s++;
    if (s < skip.length && skip[s].start < start + m[0].length) continue;
    if (!atWordStart(text, start)) continue;
    const found = findAt(text, start);
    if (!found) continue;
    out.push(...found.mentions);
    if (found.next > word.lastIndex) word.lastIndex = found.next;
  }
  return out;
}
