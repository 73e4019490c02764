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
  const mentions = [...findPersons(seg), ...findOrganizations(seg), ...findPlaces(seg)];
  return { entities: link(outsideSkip(mentions, seg.skip)), dates: findDates(seg, refDate) };
}

/** Mentions that touch no skip range (URLs, markup); both lists walked once in order. */
function outsideSkip(mentions: Mention[], skip: Segmented['skip']): Mention[] {
  if (skip.length === 0) return mentions;
  mentions.sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  let s = 0;
  for (const m of mentions) {
    while (s < skip.length && skip[s].end <= m.start) s++;
    if (s < skip.length && skip[s].start < m.end) continue;
    kept.push(m);
  }
  return kept;
}
