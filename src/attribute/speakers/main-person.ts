// The person an article is about: interviews and profiles set the interviewee's answers as bare quote lines
// (a headline “…”, then “…” paragraphs) with no verb or name beside them. When no other rule names a speaker,
// such a quote goes to the one person the text names far more often than anyone else.
import type { DocContext } from './context.js';
import { SURNAME_INITIALS, looksLikeName, titleEnding } from './lexicons.js';
import type { Resolved } from './resolved.js';

/** A word that may be a name with its (age) aside, particle and comma: 김하늘은, 김하늘(18)에게, 김하늘의. */
const NAMED = /^([가-힣]{2,7})(?:\([^()]*\))?([가-힣]{0,3})[,.]?$/;
const PARTICLES = new Set(['', '은', '는', '이', '가', '의', '을', '를', '과', '와', '도', '에게', '에게서', '께서', '씨', '씨는', '씨가', '씨의']);

/** The name a word gives (김정은 whole before 김정 + 은), or ''. */
function nameOf(ctx: DocContext, word: string): string {
  const m = NAMED.exec(word);
  if (!m) return '';
  const stem = m[1];
  for (let cut = stem.length; cut >= Math.max(2, stem.length - 3); cut--) {
    const name = stem.slice(0, cut);
    if (!PARTICLES.has(stem.slice(cut) + m[2])) continue;
    if ((looksLikeName(name) || ctx.entityNamed(name)?.type === 'PERSON') && titleEnding(name) === '') return name;
  }
  return '';
}
/** Mentions the main person needs, and how many times the next person's it must be. */
const MIN_MENTIONS = 3;
const DOMINANCE = 2;
/** Bylines and credits name the writer, not the one interviewed. */
const CREDIT = /(?:기자|특파원|앵커|통신원|사진)$/;

/** The person named at least three times and at least twice as often as anyone else, or null. */
export function mainPerson(ctx: DocContext): Resolved | null {
  const counts = new Map<string, number>();
  const credited = new Set<string>();
  // A name opens with a surname, or with the first letter of a person entity's name (트럼프).
  const initials = new Set(SURNAME_INITIALS);
  for (const e of ctx.entities) if (e.type === 'PERSON') initials.add(e.name.charCodeAt(0));
  for (let i = 0; i < ctx.words.length; i++) {
    if (!initials.has(ctx.text.charCodeAt(ctx.words.starts(i)))) continue;
    const name = nameOf(ctx, ctx.words.at(i).text);
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (i + 1 < ctx.words.length && CREDIT.test(ctx.words.at(i + 1).text)) credited.add(name);
  }
  let best = '';
  let first = 0;
  let second = 0;
  for (const [name, n] of counts) {
    if (n > first) {
      second = first;
      first = n;
      best = name;
    } else if (n > second) second = n;
  }
  if (first < MIN_MENTIONS || first < DOMINANCE * second || credited.has(best)) return null;
  const e = ctx.entityNamed(best);
  return { name: best, entity: e?.type === 'PERSON' ? e.id : null, kind: 'person', title: e?.title ?? '', mention: null, how: 'name' };
}
