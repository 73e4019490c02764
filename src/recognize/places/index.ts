// Places: mentions found by Korean-aware rules and lexicons. (Stub.)
import type { Mention, Segmented } from '../../types.js';

export function findPlaces(_seg: Segmented): Mention[] {
  return [];
}
