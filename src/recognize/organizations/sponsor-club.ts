// Clubs named after their home city and their owner company, with a space: 전북 현대가, 울산 HD를,
// 서울 삼성은, 부산 KCC의 (data/sponsors.txt). The word before must be a Korean city or province (the
// places lexicon's divisions: not a country, 미국 GM, nor 경기, also 'game'), and the company's name must
// end the phrase, alone or with a particle: 울산 현대 공장 and (서울 KT=연합뉴스) name no club.
import { placesAt } from '../places/index.js';
import { readList } from './lists.js';
import { isWordLetter } from './scan.js';
import { isParticle } from './word.js';

const SPONSORS = new Set(readList('sponsors.txt'));
/** First characters of the sponsors' names, a cheap test before any look-up. */
export const SPONSOR_FIRST = new Uint8Array(0x10000);
for (const s of SPONSORS) SPONSOR_FIRST[s.charCodeAt(0)] = 1;

/** Punctuation that may end the phrase after a club's name with no particle. */
const PHRASE_ENDS = new Set([0x2c, 0x2e, 0x29, 0x0a, 0xb7, 0x201d, 0x2019, 0x22, 0x27]);
const LONGEST = Math.max(...[...SPONSORS].map((s) => s.length));

/** [start, end] of the club whose owner's name starts the word text[start, wordEnd), or undefined. */
export function sponsorClubAt(text: string, start: number, wordEnd: number): [number, number] | undefined {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return undefined;
  let n = Math.min(LONGEST, wordEnd - start);
  while (n > 0 && !SPONSORS.has(text.slice(start, start + n))) n--;
  if (n === 0) return undefined;
  const end = start + n;
  const rest = text.slice(end, wordEnd);
  if (rest === '' ? !PHRASE_ENDS.has(text.charCodeAt(end)) && end < text.length : !/^[가-힣]+$/.test(rest) || !isParticle(rest)) return undefined;
  let from = start - 1;
  while (from > 0 && isWordLetter(text.charCodeAt(from - 1))) from--;
  if (from === start - 1) return undefined;
  const place = placesAt(text.slice(from, start - 1), 0)[0];
  return place !== undefined && place.end === start - 1 - from && place.kind === 'division' && !LOCAL.test(text.slice(from, start - 1)) ? [from, end] : undefined;
}

/** Districts and villages (강남구, 역삼동) are no club's home. */
const LOCAL = /[구동읍면리]$/;
