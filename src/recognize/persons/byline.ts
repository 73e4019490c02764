// A reporter's name signed with an e-mail address and no title: 김대근 [kimdaegeun@ytn.co.kr].
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { isKoreanName } from './name-shape.js';
import type { Token } from './tokens.js';

const EMAIL_AFTER = /[ \t]*[[(<]?[A-Za-z0-9._-]{1,64}@/y;

export function findBylines(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    if (!isKoreanName(t.text)) continue;
    EMAIL_AFTER.lastIndex = t.end;
    if (EMAIL_AFTER.test(text)) out.push(personMention(text, t, t, t.text, 'byline-email', { title: '기자' }));
  }
  return out;
}
