// A body named by Latin letters with 사 (company) or a kind of body written on them: an anonymised one
// (A사, B업체, C병원, D어학원) or a firm named by its initials (UGI사). Only with a particle or nothing
// after it: A사장 is a person's title.
import { particleFits } from '../../korean/particles.js';
import { isParticle } from './word.js';

const FIRM = /^[A-Z][A-Za-z&]{0,5}(?:사|업체|기업|은행|병원|대학교|대학|학교|고교|어학원|학원|재단|협회|구단|교회|연구소|회사|단체)/;

/** The length of the body's name making up the word text[start, end), or 0. */
export function letterFirmAt(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return 0;
  const m = FIRM.exec(text.slice(start, Math.min(end, start + 10)));
  if (m === null) return 0;
  const rest = text.slice(start + m[0].length, end);
  return isParticle(rest) && (rest === '' || particleFits(m[0], rest)) ? m[0].length : 0; // B사이 is 'between B'
}
