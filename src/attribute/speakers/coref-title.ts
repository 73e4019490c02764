// Coreference by surname and title (홍 위원 → 홍민, 이연구원 → 이서진) and by headline shorthand
// (尹 → the person of surname 윤, 美 → 미국).
import type { Span } from '../../types.js';
import type { DocContext } from './context.js';
import { SHORTHAND, isOrganization, isSurname, isTitle, titleEnding } from './lexicons.js';
import type { Word } from './phrase.js';
import { fromReferent, type Resolved } from './resolved.js';

/**
 * 홍 위원, 김 장관, 이연구원: a surname and a title → the person of that surname named before. `asWritten`
 * keeps the words as the name when the article never gives the full one (안 의원).
 */
export function surnameTitle(words: Word[], ctx: DocContext, whole: Span, asWritten: boolean): Resolved | null {
  let surname = '';
  let title = '';
  const second = words[1]?.text ?? '';
  // 한 취업준비생: before a noun that is no title, 한 is "one", not the surname.
  const one = words[0]?.text === '한' && titleEnding(second) === '';
  if (words.length === 2 && !one && isSurname(words[0].text) && /^[가-힣]{1,6}$/.test(second) && (isTitle(second) || !isOrganization(second))) {
    surname = words[0].text;
    title = titleEnding(words[1].text) || words[1].text;
  } else if (words.length === 1 && /^[가-힣](?:[가-힣]{2,}|씨)$/.test(words[0].text) && isSurname(words[0].text[0]) && isTitle(words[0].text.slice(1))) {
    // 이연구원, and 박씨 for the 박모씨 or 박민호 씨 named before
    surname = words[0].text[0];
    title = words[0].text.slice(1);
  } else return null;
  // Someone of that surname bearing that title first (memory, then the text's titled names), then
  // anyone of that surname.
  const fits = (t: string) => t.endsWith(title) || title.endsWith(t);
  const r = ctx.memory.bySurname(surname, title);
  if (r && fits(r.title)) return fromReferent(r, whole, 'coref-title');
  const anonymised = title === '씨' || title === '군' || title === '양' ? ctx.anonymisedName(surname) : null;
  if (anonymised) return { name: anonymised, entity: null, kind: 'person', title, mention: whole, how: 'coref-title' }; // 박씨 → 박모씨
  const t = ctx.titledBySurname(surname, title, whole.start);
  if (t && fits(t.title)) return { name: t.name, entity: ctx.entityNamed(t.name)?.id ?? null, kind: 'person', title: t.title, mention: whole, how: 'coref-title' };
  if (r) return fromReferent(r, whole, 'coref-title');
  // Someone named only later under another title (김 할머니 … 남편 김철호 씨) is someone else.
  const found = ctx.personBySurname(surname, whole.start);
  const e = found && (found.mentions[0].start < whole.start || !found.title || fits(found.title)) ? found : undefined;
  if (e) return { name: e.name, entity: e.id, kind: 'person', title: e.title ?? title, mention: whole, how: 'coref-title' };
  if (t && (t.at < whole.start || fits(t.title))) return { name: t.name, entity: ctx.entityNamed(t.name)?.id ?? null, kind: 'person', title: t.title, mention: whole, how: 'coref-title' };
  if (!asWritten || surname === '한') return null; // 한 정치평론가 named nowhere else: "one" commentator
  // The article never gives the full name: the speaker is written as it names them (안 의원).
  return { name: words.map((w) => w.text).join(' '), entity: null, kind: 'person', title, mention: whole, how: 'coref-title' };
}

/** 美 → 미국, 靑 → 청와대; 尹 → the person of surname 윤 the article names. */
export function shorthand(w: Word, ctx: DocContext): Resolved | null {
  const full = SHORTHAND.get(w.text) ?? '';
  const mention = ctx.span(w.start, w.end);
  if (full.length === 1 && isSurname(full)) {
    const e = ctx.personBySurname(full, w.start, true);
    if (e) return { name: e.name, entity: e.id, kind: 'person', title: e.title ?? '', mention, how: 'coref-title' };
    const r = ctx.memory.bySurname(full, '');
    if (r) return fromReferent(r, mention, 'coref-title');
    const t = ctx.titledBySurname(full, '', w.start);
    return t ? { name: t.name, entity: null, kind: 'person', title: t.title, mention, how: 'coref-title' } : null;
  }
  const e = ctx.entityNamed(full);
  return { name: full, entity: e?.id ?? null, kind: 'org', title: '', mention, how: 'organization' };
}
