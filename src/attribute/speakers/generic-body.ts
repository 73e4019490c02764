// A common noun for a body (회사는, 업체 측은, 학교는 “…”) refers back to a body the article named BEFORE it.
// When none fits, or the article introduced an unnamed one of that kind after the last fitting name
// (한 배터리 제조사가 … 회사는), the noun keeps its own word and no entity: the quote then gets no speaker
// (index.ts), rather than a firm named elsewhere (an investor, a rival).
import type { DocContext } from './context.js';
import { isGenericBody, sourceEnding, titleEnding } from './lexicons.js';
import type { Word } from './phrase.js';
import type { Resolved } from './resolved.js';

/** The bodies a school or a hospital is (by its name's end); a company, firm or club is no public body. */
const GENERIC_KINDS: Record<string, RegExp> = { 학교: /(?:학교|대|고|중|초|학원)$/, 병원: /(?:병원|의료원|의원)$/ };
const PUBLIC_BODY = /(?:부|청|처|원|위원회|위|경찰|검찰|법원|고법|지법|국회|정부|군|당|시|도|구)$/; // 서울고법, 대구지법: courts
/** Associations, unions and foundations (외식업중앙회, 금속노조, 경실련): they speak about firms, never as one. */
const MEMBERS_BODY = /(?:회|노조|조합|연맹|연합|재단|단체|련|협의체)$/;
/**
 * An unnamed body introduced by "one" (한 배터리 제조사가, 한 사립고등학교): what a later 회사 or 학교 means
 * when its name is never given (이 회사, 해당 업체 point back and may mean a named one). Bounded words: linear.
 */
const UNNAMED_BODY = /(?:^|[\s(])한\s(?:[가-힣]{1,8}\s)?[가-힣]{0,8}(?:사|업체|기업|회사|스타트업|구단|학교|고|병원|의원|기관)(?:[은는이가을를의도와과]|에서|\s|$)/g;
/** The word after an unnamed body: a person of it (한 증권사 연구원은) is the one introduced, not the body. */
const PERSON_AFTER = /^[가-힣]+/;
/** How far back an unnamed body may stand (a short article). */
const LOOK_BACK = 3000;

export function genericBody(w: Word, ctx: DocContext): Resolved {
  const name = w.text;
  const mention = ctx.span(w.start, w.end);
  const fits = (n: string) => n !== name && genericFits(name, n);
  // The body of that kind the discourse named last, else the last one the text named before.
  const remembered = ctx.memory.lastOf('org', fits);
  let last = remembered && remembered.at < w.start ? { name: remembered.name, at: remembered.at } : undefined;
  for (let i = ctx.organizations.length - 1; last === undefined && i >= 0; i--) {
    const x = ctx.organizations[i];
    let at = -1;
    for (const m of x.mentions) if (m.start < w.start) at = m.start;
    if (at >= 0 && fits(x.name)) last = { name: x.name, at };
  }
  const from = Math.max(last ? last.at : 0, w.start - LOOK_BACK);
  if (last === undefined || unnamedBodySince(ctx.text.slice(from, w.start))) return { name, entity: null, kind: 'org', title: '', mention, how: 'organization' };
  return { name: last.name, entity: ctx.entityNamed(last.name)?.id ?? null, kind: 'org', title: '', mention, how: 'organization' };
}

/** Whether `text` introduces an unnamed body of its own (한 배터리 제조사가), not a person of one (한 증권사 연구원은). */
function unnamedBodySince(text: string): boolean {
  for (const m of text.matchAll(UNNAMED_BODY)) {
    const next = m[0].endsWith(' ') ? PERSON_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0] : undefined;
    const noun = next && /[은는이가의도]$/.test(next) ? next.slice(0, -1) : next; // 연구원은 → 연구원
    if (!noun || !(titleEnding(noun) || sourceEnding(noun))) return true;
  }
  return false;
}

/** Whether the body `name` can be what a generic noun (회사, 학교, 기관) refers back to. */
function genericFits(generic: string, name: string): boolean {
  const kind = GENERIC_KINDS[generic];
  if (kind) return kind.test(name);
  return generic === '기관' || !(PUBLIC_BODY.test(name) || MEMBERS_BODY.test(name));
}

/** Whether a speaker is a generic noun no named body stands behind: the article does not say who. */
export function isUnnamedBody(r: Resolved): boolean {
  return r.how === 'organization' && r.entity === null && r.name === r.mention?.text && isGenericBody(r.name);
}
