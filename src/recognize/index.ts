// Recognize stage: persons, places, organizations and dates in a segmented document.
import type { DateItem, Entity, Mention, Segmented } from '../types.js';
import { findDates } from './dates/index.js';
import { link } from './link.js';
import { findOrganizations } from './organizations/index.js';
import { findPersons } from './persons/index.js';
import { findPlaces } from './places/index.js';

export interface Recognized {
  entities: Entity[];
  dates: DateItem[];
}

export function recognize(seg: Segmented, refDate: string | null): Recognized {
  const mentions = findPersons(seg).concat(findOrganizations(seg), findPlaces(seg));
  return { entities: link(outsideSkip(mentions, seg.skip)), dates: findDates(seg, refDate) };
}

/** Mentions that touch no skip range (URLs, markup), in their order; each found by binary search. */
function outsideSkip(mentions: Mention[], skip: Segmented['skip']): Mention[] {
  if (skip.length === 0) return mentions;
  return mentions.filter((m) => {
    // the first skip range ending after the mention's start: it touches the mention if it starts before its end
    let lo = 0;
    let hi = skip.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (skip[mid].end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return !(lo < skip.length && skip[lo].start < m.end);
  });
}
