// 고인은 “…”: in an obituary, the deceased is the person the text said died (이선호 씨가 … 별세했다,
// 故 이선호), not whoever spoke last (a child, a colleague paying tribute).
import type { DocContext } from './context.js';
import type { Word } from './phrase.js';
import type { Resolved } from './resolved.js';

/** Words saying someone died, or the mark 故 before a name. */
const DEATH = /故\s?|고\(故\)\s?|별세|타계|숨졌|숨진|세상을 떠났|영면/g;
/** How far back the death may be told; how far before its verb the person stands (… 씨가 26일 오후 서울 자택에서 별세했다). */
const LOOK_BACK = 5000;
const BEFORE_VERB = 80;

export const isDeceased = (w: string): boolean => w === '고인';

export function deceased(w: Word, ctx: DocContext): Resolved | null {
  const from = Math.max(0, w.start - LOOK_BACK);
  let last: RegExpExecArray | null = null;
  for (const m of ctx.text.slice(from, w.start).matchAll(DEATH)) last = m;
  if (!last) return null;
  const at = from + last.index;
  const marked = last[0].includes('故');
  const persons = marked
    ? ctx.mentionsIn(at + last[0].length, at + last[0].length + 12).filter((m) => m.start === at + last[0].length)
    : ctx.mentionsIn(Math.max(from, at - BEFORE_VERB), at);
  const person = persons.findLast((m) => m.entity.type === 'PERSON');
  if (!person) return null;
  const e = ctx.fullerPerson(person.entity);
  return { name: e.name, entity: e.id, kind: 'person', title: '', mention: ctx.span(w.start, w.end), how: 'coref-title' };
}
