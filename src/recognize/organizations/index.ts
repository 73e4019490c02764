// Organizations: mentions found by Korean-aware rules and lexicons. (Stub.)
import type { Mention, Segmented } from '../../types.js';

export function findOrganizations(_seg: Segmented): Mention[] {
  return [];
}
