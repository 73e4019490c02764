// Runs the place recognizer on one invented sentence and lists [text, name, start] per mention.
import { findPlaces } from '../../../src/recognize/places/index.js';
import { segment } from '../../../src/segment/index.js';

export function places(text: string): Array<[string, string, number]> {
  return findPlaces(segment(text)).map((m) => [m.text, m.name, m.start]);
}
