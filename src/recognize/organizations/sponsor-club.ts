// Clubs named after their home city and their owner company, with a space: 전북 현대가, 울산 HD를,
// 서울 삼성은, 부산 KCC의 (data/sponsors.txt); after it, the city alone as subject, object or owner, or before
// the club's staff, is the club (전북은 울산을 2-1로 이겼다, 울산의 김판곤 감독, 거스 포옛 전북 감독). The word
// before must be a Korean city or province (the places lexicon's divisions: not a country, 미국 GM, nor 경기,
// also 'game'), and the company's name must end the phrase, alone or with a particle: 울산 현대 공장 and
// (서울 KT=연합뉴스) name no club.
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

/** Particles of a subject, object, owner or partner, after which a club's city is the club (not 울산으로, 울산에서). */
const CLUB_PARTICLES = new Set(['은', '는', '이', '가', '을', '를', '의', '와', '과', '도']);

/** The club's staff after its city with a space (전북 감독, 울산 선수들): the city is the club. */
const CLUB_STAFF = /^ (?:감독|코치|선수|구단|단장|주장)/;

/**
 * [start, end, club] of each later mention of a club by its city alone: the city as a whole word before
 * one of CLUB_PARTICLES, after the club's first mention. A city that two clubs of the article share says
 * neither.
 */
export function clubCities(text: string, clubs: ReadonlyArray<{ start: number; end: number; name: string }>): [number, number, string][] {
  const byCity = new Map<string, { from: number; club: string | null }>();
  for (const c of clubs) {
    const city = c.name.slice(0, c.name.indexOf(' '));
    const seen = byCity.get(city);
    if (seen === undefined) byCity.set(city, { from: c.end, club: c.name });
    else if (seen.club !== c.name) seen.club = null;
  }
  const out: [number, number, string][] = [];
  for (const [city, { from, club }] of byCity) {
    if (club === null) continue;
    for (let at = text.indexOf(city, from); at !== -1; at = text.indexOf(city, at + city.length)) {
      const end = at + city.length;
      if (at > 0 && isWordLetter(text.charCodeAt(at - 1))) continue;
      let rest = end;
      while (rest < text.length && rest - end < 2 && isWordLetter(text.charCodeAt(rest))) rest++;
      const particle = CLUB_PARTICLES.has(text.slice(end, rest)) && !isWordLetter(text.charCodeAt(rest));
      if (particle || (rest === end && CLUB_STAFF.test(text.slice(end, end + 5)))) out.push([at, end, club]);
    }
  }
  return out;
}
