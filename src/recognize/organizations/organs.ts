// A country's or a province's body named by a common word after its name with a space: 미국 의회,
// 태국 군부, 한국 대표팀 (data/organs.txt); which places may head a name is place-before.ts's rule.
import { splitParticle } from '../../korean/particles.js';
import { readList } from './lists.js';
import { placeBefore } from './place-before.js';

const ORGAN_LIST = readList('organs.txt');
const ORGANS = new Set(ORGAN_LIST);
// Their first and second characters, by UTF-16 code: most words start otherwise and cost no string.
export const ORGAN_FIRST = new Uint8Array(0x10000);
export const ORGAN_SECOND = new Uint8Array(0x10000);
for (const w of ORGANS) {
  ORGAN_FIRST[w.charCodeAt(0)] = 1;
  ORGAN_SECOND[w.charCodeAt(1)] = 1;
}

/** [start, end] of `place organ` when the word text[start, end) is an organ after a place, or null. */
export function organAfterPlace(text: string, start: number, end: number): [number, number] | null {
  if (end - start < 2 || ORGAN_FIRST[text.charCodeAt(start)] === 0 || ORGAN_SECOND[text.charCodeAt(start + 1)] === 0) return null;
  // The organ must begin the word (대표팀에, not 대표는): most words that pass the two tables do not.
  if (!ORGAN_LIST.some((o) => o.length <= end - start && text.startsWith(o, start))) return null;
  const [organ] = splitParticle(text.slice(start, end));
  if (!ORGANS.has(organ)) return null;
  const from = placeBefore(text, start, organ);
  return from < 0 ? null : [from, start + organ.length];
}
