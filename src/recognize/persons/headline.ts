// A name that opens a headline or a line and is followed by what the person said or is known for in
// quotation marks: 홍길동 “끝까지 간다”, 김하늘 '첫 우승' 소감. The name stands alone (no particle), after
// punctuation and a space or a bracketed tag ([인터뷰] 홍길동 “…”), and one space separates it from the opening
// quotation mark; a word inside quotation marks itself is a title, not a speaker.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { isPlaceWord } from './name-shape.js';
import type { Token } from './tokens.js';

const OPENING = new Set([0x22, 0x27, 0x201c, 0x2018]);
const BEFORE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x5d]); // space, tab, line break, ]
const AFTER_COMMA = /^[ \t]*[,·][ \t]*$/;

/** `at`: the indices of the words flagged KOREAN (a whole word that is a Korean name). */
export function findHeadlineNames(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    if (t.text.length !== 3 || t.text.endsWith('인')) continue; // 원제인 "…": 'whose title is'
    if (isPlaceWord(t.text)) continue; // 인천시 "…": a city's government speaks
    const before = t.start === 0 ? 0x20 : text.charCodeAt(t.start - 1);
    if (t.joined || !BEFORE.has(before)) continue; // first in its phrase, not inside quotation marks
    if (i > 0 && AFTER_COMMA.test(text.slice(tokens[i - 1].end, t.start))) continue; // …했으며, 여성복 ‘…’: mid-sentence
    if (text.charCodeAt(t.end) !== 0x20 || !OPENING.has(text.charCodeAt(t.end + 1))) continue;
    out.push(personMention(text, t, t, t.text, 'headline-name'));
  }
  return out;
}
