// A school's short name, X고 or X중 (단원고, 주문진중), which written alone is mostly a verb ending (했고)
// or a word (도중): taken only before a word that speaks of its pupils or staff (단원고 학생, 한빛중 2학년).
import { isWordLetter } from './scan.js';

const SCHOOL_CONTEXT = /^ (?:학생|교사|교장|교감|졸업|재학생|학부모|동문|교직원|[1-6]학년|야구부|축구부|농구부)/;
/** 고 and 중, how a school's short name ends, by UTF-16 code. */
export const SCHOOL_LAST = new Uint8Array(0x10000);
for (const c of '고중') SCHOOL_LAST[c.charCodeAt(0)] = 1;
const HANGUL_STEM = /^[가-힣]{2,4}$/;
// Past and connective verb forms that end in 고 (했고, 있었고, 밝히고): no school's name.
const VERB_STEM_END = new Set([...'했였았었겠있없되하이며']);

/** The length of a school's name making up the word text[start, end), or 0. */
export function schoolAt(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (SCHOOL_LAST[last] === 0 || (end < text.length && isWordLetter(text.charCodeAt(end)))) return 0;
  const stem = text.slice(start, end - 1);
  if (!HANGUL_STEM.test(stem) || VERB_STEM_END.has(stem[stem.length - 1])) return 0;
  return SCHOOL_CONTEXT.test(text.slice(end, end + 6)) ? end - start : 0;
}
