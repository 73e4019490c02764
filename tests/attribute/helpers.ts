// Runs the attribute stage over a text with the segment stage's sentences and no recognized entities,
// so the tests check what attribution reads from the words themselves.
import { attribute } from '../../src/attribute/index.js';
import { segment } from '../../src/segment/index.js';
import type { Entity, Quote } from '../../src/types.js';

export function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  return attribute(segment(text), entities);
}

/** [quoted words, speaker name] pairs, the shape most tests assert. */
export function speakers(text: string, entities: Entity[] = []): Array<[string, string | null]> {
  return quotesOf(text, entities).map((q) => [q.text, q.speaker?.name ?? null]);
}
