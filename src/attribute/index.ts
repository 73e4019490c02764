// Attribute stage: direct quotations and who said them. (Stub.)
import type { Entity, Quote, Segmented } from '../types.js';

export function attribute(_seg: Segmented, _entities: Entity[]): Quote[] {
  return [];
}
