// Authorities named by their field with a space, 사법 당국, 군 당국, 수사 당국 (written as one word,
// 금융당국 is a name by its ending): the word before 당국 must be a short noun, not a pointer or a
// verb form (해당 당국, 이 당국, 대해 당국).
import { isWordLetter } from './scan.js';

const NOT_FIELDS = new Set(['해당', '정책', '관계', '관련', '현지', '정부', '양국', '우리', '자국', '외국']);
const VERB_END = /[해서고며면게지다요니도는은을를이가의에]$/;

/** Where `W 당국` begins when text[start…] is 당국 (or 당국 and a particle), or -1. */
export function authorityBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let from = start - 1;
  while (from > 0 && from > start - 5 && isWordLetter(text.charCodeAt(from - 1))) from--;
  const field = text.slice(from, start - 1);
  if (field === '' || (from > 0 && isWordLetter(text.charCodeAt(from - 1))) || !/^[가-힣]+$/.test(field)) return -1;
  const fits = field.length === 1 ? field === '군' : !NOT_FIELDS.has(field) && !VERB_END.test(field); // 군 당국: the one field of one syllable
  return fits ? from : -1;
}
