// Bodies as speakers: a one-word name, a name over several words (… 교수 비상대책위원회), and the
// fuller name given before for a short or abbreviated one (신문 → 노동신문, 비대위, 연준).
import type { DocContext } from './context.js';
import { genericBody } from './generic-body.js';
import { isGenericBody, isOrganization, titleEnding } from './lexicons.js';
import type { Word } from './phrase.js';
import type { Resolved } from './resolved.js';

/** Nouns for a kind of body set before its name (시민단체, 환경단체, 인권단체): no name ends so. */
const CLASSIFIER = /단체$/;

/**
 * A body named over several words, as bodies name their committees: 가람대병원·나래대병원 교수
 * 비상대책위원회 (bodies, with at most one title word between them), or null for a one-word name.
 */
export function longerBody(words: Word[], ctx: DocContext, headStart: number): Resolved | null {
  let i = words.findIndex((w) => w.start >= headStart);
  if (i <= 0) return null;
  let first = i;
  let titles = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = words[j].text;
    if (CLASSIFIER.test(t)) break; // 시민단체 참여연대: the kind of body, no part of its name
    // 국제앰네스티 영국지부: a body a recognizer named, written before its branch.
    if (t.split('·').every((p) => isOrganization(p)) || isBodyMention(ctx, words[j])) first = j;
    else if (titleEnding(t) && ++titles === 1) continue;
    else break;
  }
  if (first === i) return null;
  const mention = ctx.span(words[first].start, words[words.length - 1].end);
  return { name: mention.text, entity: ctx.entityNamed(mention.text)?.id ?? null, kind: 'org', title: '', mention, how: 'organization' };
}

/**
 * An organization; a short form takes the fuller name the article gave before it: 신문 → 노동신문,
 * 비대위 → 비상대책위원회 (an abbreviation keeps the first syllable and the order of the others).
 */
export function organization(w: Word, ctx: DocContext): Resolved {
  let name = w.text;
  if (isGenericBody(name)) return genericBody(w, ctx); // 회사는 “…”: the body named before, if any
  const e = ctx.organizations.find((x) => x.name !== name && x.name.endsWith(name) && x.mentions[0].start < w.start) ?? ctx.bodyAfterWord(name);
  if (e) name = e.name;
  name = fullerBodyBefore(name, ctx, w.start) ?? (name.length <= 2 ? fullerBefore(ctx.text, name, w.start) : null) ?? name;
  const entity = e ?? ctx.entityNamed(name);
  return { name, entity: entity?.id ?? null, kind: 'org', title: '', mention: ctx.span(w.start, w.end), how: 'organization' };
}

/**
 * A fuller name given before for a body: one that ends with it (… 교수 비상대책위원회 for
 * 비상대책위원회) or that it abbreviates (비대위, 연준), latest first; or null.
 */
export function fullerBodyBefore(name: string, ctx: DocContext, before: number): string | null {
  const spaced = ` ${name}`;
  const fits = (full: string) => full !== name && (full.endsWith(spaced) || (name.length <= 4 && abbreviates(name, full)));
  // Latest first: the bodies of the discourse memory, then those the recognizers found before.
  const remembered = ctx.memory.lastName('org', fits);
  if (remembered !== undefined) return remembered;
  for (let i = ctx.organizations.length - 1; i >= 0; i--) {
    const x = ctx.organizations[i];
    if (x.mentions[0].start < before && fits(x.name)) return x.name;
  }
  return null;
}

/** Whether `short` abbreviates `full`: same first syllable, the rest in order (비대위 ← 비상대책위원회, 연준 ← 연방준비제도). */
function abbreviates(short: string, full: string): boolean {
  const lastWord = full.slice(full.lastIndexOf(' ') + 1);
  if (lastWord !== full && abbreviates(short, lastWord)) return true; // 비대위 ← … 교수 비상대책위원회
  if (full.length <= short.length || full[0] !== short[0] || full.includes(short)) return false;
  let at = 1;
  for (let k = 1; k < short.length; k++) {
    at = full.indexOf(short[k], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The nearest earlier word that ends with `short` and is longer (노동신문 for 신문), or null. */
function fullerBefore(text: string, short: string, before: number): string | null {
  const floor = before - 5000; // a short form refers to a name given nearby
  let at = text.lastIndexOf(short, before - 1);
  for (let tries = 0; at > floor && at > 0 && tries < 50; tries++) {
    let s = at;
    while (s > 0 && /[가-힣A-Za-z0-9]/.test(text[s - 1])) s--;
    if (s < at) return text.slice(s, at + short.length);
    at = text.lastIndexOf(short, at - 1);
  }
  return null;
}

/** Whether a recognizer named the whole word a body (국제앰네스티). */
const isBodyMention = (ctx: DocContext, w: Word): boolean => ctx.mentionsIn(w.start, w.end).some((m) => m.entity.type === 'ORG' && m.start === w.start && m.end === w.end);
