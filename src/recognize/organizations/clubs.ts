// A sports club's own name after its city or sponsor with a space is one name: LA 다저스, 시카고 컵스,
// 롯데 자이언츠, 요미우리 자이언츠. The word before must be a place (from the places lexicon), a known
// organization or a business group's name; anything else (올해 다저스는) leaves the club's name alone.
import { placesAt } from '../places/index.js';
import { CLUBS, KNOWN } from './lexicon.js';
import { readList } from './lists.js';
import { isWordLetter } from './scan.js';

const GROUPS = new Set(readList('brands.txt'));
// Cities written in Latin capitals (LA 다저스, NC 다이노스, KIA 타이거즈).
const CAPITALS = /^[A-Z]{2,4}$/;

export const isClub = (name: string): boolean => CLUBS.has(name);

/** Where the city or sponsor before the club whose name starts at `start` begins, or -1. */
export function ownerBefore(text: string, start: number): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let from = start - 1;
  while (from > 0 && isWordLetter(text.charCodeAt(from - 1))) from--;
  if (from === start - 1) return -1;
  const word = text.slice(from, start - 1);
  const place = placesAt(word, 0)[0];
  const owns = (place !== undefined && place.end === word.length) || KNOWN.has(word) || GROUPS.has(word) || CAPITALS.test(word);
  return owns ? from : -1;
}
