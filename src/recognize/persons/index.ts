// Persons: mentions found by Korean-aware rules and lexicons. (Stub.)
import type { Mention, Segmented } from '../../types.js';

export function findPersons(_seg: Segmented): Mention[] {
  return [];
}
