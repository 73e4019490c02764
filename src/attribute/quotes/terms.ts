// Tells a quoted name or term used as a noun (이른바 “강대강” 원칙, “새 시대” 구상이라는, "어떤 안도감"도)
// from quoted words: a short phrase with no predicate ending that is introduced by 이른바/소위 or read as a
// noun by what follows it (a case particle, or a noun it names).
import { loadList } from '../lexicon.js';
import { isSpace } from '../words.js';

const INTRODUCERS = /(?:이른바|소위|일명|이름하여|속칭|통칭)\s*$/;
/** Endings a statement's last word carries: 다, 요, 까, 냐, 죠, 네, 라, 자, 지, 나, 군 (+ punctuation). */
const PREDICATE_END = /[다요까냐죠네라자지나군니오.!?…~]$/;
const QUOTATIVE = loadList('cues/quote-endings.txt');
/** Case particles that make the quoted phrase a noun of the sentence. */
const NOUN_PARTICLE = /^(?:도|을|를|의|에|에서|와|과|로|으로|처럼|만|까지|보다|이|가|은|는)(?:[\s,.]|$)/;

export function isQuotedTerm(text: string, q: { start: number; end: number; open: number; close: number }): boolean {
  const inner = text.slice(q.start, q.end).trim();
  const window = text.slice(Math.max(0, q.open - 12), q.open); // never a search back to the line start: one long line stays linear
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (INTRODUCERS.test(before) && inner.length <= 30) return true;
  const words = countWords(inner, 4);
  if (words > 3 || PREDICATE_END.test(inner) || /[,.!?]/.test(inner)) return false;
  const after = text.slice(q.close, Math.min(text.length, q.close + 12));
  if (after.length === 0 || /^\s*(?:\n|$)/.test(after)) return false; // ends its line: a headline quote
  if (/^[\s,.…·)\]]/.test(after) && !/^ [가-힣]/.test(after)) return false;
  if (QUOTATIVE.some((e) => after.startsWith(e) && !NOUN_PARTICLE.test(after))) return false;
  if (NOUN_PARTICLE.test(after)) return true;
  // “새 시대” 구상이라는: a short noun phrase directly naming the next noun.
  return words <= 2 && /^ [가-힣]+(?:이라는|라는|이란|란|을|를|은|는|이|가|의|에)?[\s,.]/.test(after);
}

/** The words of a trimmed string, counted up to `max` (as `s.split(/\s+/).length` would, without the array). */
function countWords(s: string, max: number): number {
  let n = 1;
  for (let i = 0; i < s.length && n < max; i++) if (isSpace(s.charCodeAt(i)) && !isSpace(s.charCodeAt(i + 1))) n++;
  return n;
}
