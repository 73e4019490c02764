// A firm named by Latin letters with 사 (company) written on them: an anonymised firm (A사, B사) or one
// named by its initials (UGI사). Only with a particle or nothing after 사: A사장 is a person's title.
import { isParticle } from './word.js';

const FIRM = /^[A-Z][A-Za-z&]{0,5}사/;

/** The length of the firm's name making up the word text[start, end), or 0. */
export function letterFirmAt(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return 0;
  const m = FIRM.exec(text.slice(start, Math.min(end, start + 7)));
  return m !== null && isParticle(text.slice(start + m[0].length, end)) ? m[0].length : 0;
}
