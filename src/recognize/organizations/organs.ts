// A country's or a province's body named by a common word after its name with a space: 미국 의회,
// 태국 군부, 한국 대표팀 (data/organs.txt); which places may head a name is place-before.ts's rule.
import { splitParticle } from '../../korean/particles.js';
import { readList } from './lists.js';
import { placeBefore } from './place-before.js';

const ORGANS = new Set(readList('organs.txt'));
const FIRSTS = new Set([...ORGANS].map((w) => w.charCodeAt(0)));

/** [start, end] of `place organ` when the word text[start, end) is an organ after a place, or null. */
export function organAfterPlace(text: string, start: number, end: number): [number, number] | null {
  if (!FIRSTS.has(text.charCodeAt(start))) return null;
  const [organ] = splitParticle(text.slice(start, end));
  if (!ORGANS.has(organ)) return null;
  const from = placeBefore(text, start, organ);
  return from < 0 ? null : [from, start + organ.length];
}
