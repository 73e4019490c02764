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
  const mentions: Mention[] = [...findPersons(seg), ...findOrganizations(seg), ...findPlaces(seg)];
  const inProse = mentions.filter((m) => !seg.skip.some((s) => s.start < m.end && m.start < s.end));
  return { entities: link(inProse), dates: findDates(seg, refDate) };
}
