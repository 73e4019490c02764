// Platforms (data/platforms.txt) as companies: 트위터는 발표했다, 유튜브 최고경영자, but not the channel
// of 인스타그램에 올렸다 or 유튜브로 봤다. The name must be the subject or topic of its clause, or stand
// before a word for the company's people or business.
import { splitParticle } from '../../korean/particles.js';
import { readList } from './lists.js';

const PLATFORMS = new Set(readList('platforms.txt'));
// Their first two characters, by UTF-16 code: most words start otherwise and cost no string.
export const PLATFORM_FIRST = new Uint8Array(0x10000);
export const PLATFORM_SECOND = new Uint8Array(0x10000);
for (const p of PLATFORMS) {
  PLATFORM_FIRST[p.charCodeAt(0)] = 1;
  PLATFORM_SECOND[p.charCodeAt(1)] = 1;
}
const SUBJECT = new Set(['은', '는', '이', '가']);
const COMPANY_WORD = /^ (?:CEO|최고경영자|창업자|공동창업자|대변인|관계자|측|본사|경영진|임원|직원|이사회|주가|지분|인수|창사)/;

/** The length of a platform named as a company in the word text[start, end), or 0. */
export function platformAt(text: string, start: number, end: number): number {
  if (PLATFORM_FIRST[text.charCodeAt(start)] === 0 || PLATFORM_SECOND[text.charCodeAt(start + 1)] === 0) return 0;
  const [name, particle] = splitParticle(text.slice(start, end));
  if (!PLATFORMS.has(name)) return 0;
  if (particle === '') return COMPANY_WORD.test(text.slice(end, end + 7)) ? name.length : 0;
  return SUBJECT.has(particle) ? name.length : 0;
}
