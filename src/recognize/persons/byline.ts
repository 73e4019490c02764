// A reporter's or photographer's name signed without a title: 김대근 [kimdaegeun@ytn.co.kr], a name alone
// on its line, 그래픽=백형선.
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { isPlaceWord, nameScore } from './name-shape.js';
import type { Token } from './tokens.js';

const EMAIL_AFTER = /[ \t]*[[(<]?[A-Za-z0-9._-]{1,64}@/y;
const LINE_END_AFTER = /[ \t]*(?:\n|$)/y;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;

/** `at`: the indices of the words flagged KOREAN. */
export function findBylines(text: string, tokens: Token[], at: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of at) {
    const t = tokens[i];
    EMAIL_AFTER.lastIndex = t.end;
    LINE_END_AFTER.lastIndex = t.end;
    const lineEnds = LINE_END_AFTER.test(text);
    const before = text.slice(Math.max(0, t.start - 8), t.start);
    const signed = lineEnds && (LINE_START_BEFORE.test(before) || (before.endsWith('=') && nameScore(t.text) === 3));
    // A place (부산) alone on its line is a dateline.
    if ((EMAIL_AFTER.test(text) || signed) && !isPlaceWord(t.text)) out.push(personMention(text, t, t, t.text, 'byline', {}));
  }
  return out;
}
