// Known organizations named like a place (아마존, 리버풀): the place, not the body, before a word of land,
// nature or town (아마존 열대우림, 아마존 보호에, 리버풀 시내). The names are worked out at module load
// from the two lexicons.
import { placesAt } from '../places/index.js';
import { KNOWN } from './lexicon.js';

const SHARED = new Set([...KNOWN.keys()].filter((n) => placesAt(n, 0)[0]?.end === n.length));
/** Words of land, nature and town after a name, maybe with a particle. */
const LAND_AFTER = /^ (?:열대우림|우림|밀림|유역|지역|일대|숲|산림|원주민|벌채|보호|생태계|강|지방|시내|시민|도심)(?![가-힣]{2})/;

/** Whether the known name `name`, the whole word ending at `end`, is here the place it shares its name with. */
export function isSharedPlace(text: string, end: number, name: string): boolean {
  return SHARED.has(name) && LAND_AFTER.test(text.slice(end, end + 8));
}
