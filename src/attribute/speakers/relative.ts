// Rule: the speaker is the noun a relative clause ending in a reporting verb describes:
// “…”라고 말한 박정훈 장관은, “…”라고 밝힌 국방성 대변인 담화는 (the statement's author speaks).
import { isReportingVerb } from '../cues/verbs.js';
import type { DocContext } from './context.js';
import { isNonSubject, type Word } from './phrase.js';
import { resolvePhrase, type Resolved } from './resolve.js';

/** What a speaker issues, standing after the speaker's name: 대변인 담화, 통일부 논평. */
const STATEMENT = /^(?:담화|성명|논평|발표|발표문|보고서|입장문|발언|회견|글|메시지)$/;
/** What may follow the closing mark before a relative clause's verb: 라고, 고, 이라고, 하고, or a space. */
const AFTER_MARK = new Set([...'라고이하 '].map((c) => c.charCodeAt(0)));
/** A particle closing the noun phrase (or none, at the end of the clause). */
const PARTICLE = /(?:은|는|이|가|을|를|의|에|에서|에게|와|과|도|로|으로)$/;

/** Whether a word is an adnominal past form, its last syllable closed by ㄴ: 밝힌, 말한, 주장한. */
function adnominalPast(word: string): boolean {
  const c = word.charCodeAt(word.length - 1) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 4;
}

export function relativeSpeaker(ctx: DocContext, close: number, to: number): Resolved | null {
  if (!AFTER_MARK.has(ctx.text.charCodeAt(close))) return null; // “…”라고 / 고 / 이라고, or a space
  const words = ctx.wordsIn(close, Math.min(to, close + 80));
  let i = words[0]?.start === close ? 1 : 0; // after the glued 라고 / 고
  const verb = words[i]?.text ?? '';
  if (!adnominalPast(verb) || !isReportingVerb(verb)) return null;
  const phrase: Word[] = [];
  for (i++; i < words.length && phrase.length < 5; i++) {
    const w = words[i];
    const m = PARTICLE.exec(w.text);
    const stem = m && w.text.length > m[0].length ? w.text.slice(0, -m[0].length) : w.text;
    if (/[^가-힣A-Za-z0-9·]/.test(stem)) return null;
    if (phrase.length === 0 && isNonSubject(stem)) continue; // 말한 전날 대변인 담화: a time word first
    phrase.push({ start: w.start, end: w.start + stem.length, text: stem });
    if (m && stem !== w.text) break;
  }
  if (phrase.length > 1 && STATEMENT.test(phrase[phrase.length - 1].text)) phrase.pop();
  if (phrase.length === 0 || STATEMENT.test(phrase[0].text)) return null;
  const r = resolvePhrase({ start: phrase[0].start, end: phrase[phrase.length - 1].end, words: phrase, particle: '' }, ctx, false);
  return r && (r.kind !== 'person' || r.entity !== null || r.title !== '') ? r : null;
}
