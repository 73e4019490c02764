// Monarchs and popes with their regnal number: 찰스 3세 국왕, 엘리자베스 2세 여왕, 요르단 압둘라 2세 국왕,
// 교황 레오 14세. The number and 세 follow the name; a royal or papal title after it, or 교황 before the name,
// shows it is no age (3세 어린이).
import type { Mention } from '../../types.js';
import { personMention } from './mention.js';
import { canBeForeignName } from './name-shape.js';
import { isDigit, type Token } from './tokens.js';
import { titleOf } from './words.js';
import { FOREIGN_FIRST, WELL_KNOWN } from './word-flags.js';

const FOREIGN_OR_KNOWN = FOREIGN_FIRST | WELL_KNOWN;

const ROYAL = new Set(['국왕', '여왕', '왕', '교황', '황제', '일왕', '왕세자', '대공', '술탄', '군주']);
const REGNAL = /^[0-9]{1,2}세/;

export function findRegnal(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isDigit(text.charCodeAt(t.start)) || !t.joined) continue;
    const m = REGNAL.exec(t.text);
    if (m === null) continue;
    const name = tokens[i - 1];
    if (!canBeForeignName(name.text) && !(name.flags & FOREIGN_OR_KNOWN)) continue;
    const after = tokens[i + 1];
    const royalAfter = t.text.length === m[0].length && after !== undefined && after.joined && ROYAL.has(titleOf(after.text) ?? '');
    const papalBefore = i >= 2 && name.joined && tokens[i - 2].text === '교황';
    if (!royalAfter && !papalBefore) continue;
    const end = t.start + m[0].length;
    out.push(personMention(text, name, t, `${name.text} ${m[0]}`, 'regnal', { title: royalAfter ? titleOf(after.text) : '교황' }, end));
  }
  return out;
}
