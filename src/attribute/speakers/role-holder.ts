// A role as the subject (동생은, 어머니는, 재판장은 “…”) means the person the text gave that role to before,
// the name right after the role word: 피해자의 동생 김모(31)씨, (재판장 정해진 부장판사), 아버지 한철규씨.
import { particleFits } from '../../korean/particles.js';
import { loadList } from '../lexicon.js';
import type { DocContext } from './context.js';
import { looksLikeName } from './lexicons.js';
import type { Word } from './phrase.js';
import type { Resolved } from './resolved.js';

const ROLES = new Set(loadList('speakers/roles.txt'));
/** How far back the role may have been given, and how many of its spellings are tried. */
const LOOK_BACK = 5000;
const TRIES = 20;
/** The word after the role: an anonymised name (김모(31)씨, A씨) or a name with an aside and 씨, and its particle. */
/** 주심은 박상우 심판이 맡았다: a name, a title perhaps, the nominative, then 맡다. Bounded: linear. */
const TAKES = /^[가-힣]{2,4}(?:\s[가-힣]{1,6})?[이가]\s맡/;
const NAMED = /^([A-Z]|[가-힣]모|[가-힣]{2,4}?)(?:\([^()\n]{0,12}\))?(씨|군|양)?(?:[은는이가의와과,]|\s|$)/;

export const isRole = (w: string): boolean => ROLES.has(w);

/**
 * The person the text named right after the role word before `w` (동생 김모씨), or as the one who takes
 * the role (주심은 박상우 심판이 맡았다), or null.
 */
export function roleHolder(w: Word, ctx: DocContext): Resolved | null {
  const role = w.text;
  return holderAfter(`${role} `, w, ctx, false) ?? holderAfter(`${role}${particleFits(role, '은') ? '은' : '는'} `, w, ctx, true);
}

/** The name after the nearest `key` before `w` (a role and a space, or a role as topic when `takes`: then 맡다 must follow). */
function holderAfter(key: string, w: Word, ctx: DocContext, takes: boolean): Resolved | null {
  const role = w.text;
  const text = ctx.text;
  const floor = Math.max(0, w.start - LOOK_BACK);
  let at = text.lastIndexOf(key, w.start - 1);
  for (let tries = 0; at >= floor && tries < TRIES; tries++, at = text.lastIndexOf(key, at - 1)) {
    if (at > 0 && /[가-힣]/.test(text[at - 1])) continue; // the end of a longer word (형 in 선배형)
    const from = at + key.length;
    if (takes && !TAKES.test(text.slice(from, from + 24))) continue;
    const person = ctx.mentionsIn(from, from + 12).find((m) => m.start === from && m.entity.type === 'PERSON');
    // 김씨 the article never names in full: written as the article writes it, not as 김 씨.
    if (person) return { name: person.entity.name.replace(/^([가-힣]) (씨|군|양)$/, '$1$2'), entity: person.entity.id, kind: 'person', title: role, mention: ctx.span(w.start, w.end), how: 'coref-title' };
    const m = NAMED.exec(text.slice(from, from + 24));
    if (!m) continue;
    const anonymised = /^(?:[A-Z]|[가-힣]모)$/.test(m[1]);
    if (anonymised && m[2]) return heldBy(`${m[1]}${m[2]}`, role, w, ctx);
    if (!anonymised && m[1].length >= 2 && looksLikeName(m[1])) return heldBy(m[1], role, w, ctx);
  }
  return null;
}

/** The person named after the role; the subject's own word is the mention. */
function heldBy(name: string, role: string, w: Word, ctx: DocContext): Resolved {
  return { name, entity: ctx.entityNamed(name)?.id ?? null, kind: 'person', title: role, mention: ctx.span(w.start, w.end), how: 'coref-title' };
}
