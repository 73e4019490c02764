// Headline quotes whose words the body does not repeat and no rule attributed: the body speaker a
// headline's bare name names (그룹 블루문 “…”), or the article's main speaker ([단독] “…”). Used by
// index.ts's repeated pass, after every quote has its own attribution.
import type { Quote, Segmented } from '../types.js';
import { isSpace } from './words.js';

/** Rules that guess a speaker the quote's own sentence does not name: no source for a repeated quote. */
export const GUESSED = new Set(['question', 'continuation', 'main-person', 'repeated']);

/** Rules whose speaker no sentence of the body names (guesses, headlines): they do not count for the main speaker. */
const NOT_BODY = new Set([...GUESSED, 'headline', 'main-speaker']);

/**
 * The one speaker of the body's first quote and of most of its quotes (more than half, two at least): a
 * headline quote that names no one and whose words the body does not repeat sums up that speaker's words.
 */
export function mainSpeaker(quotes: Quote[]): Quote | undefined {
  const counts = new Map<string, { n: number; q: Quote }>();
  let total = 0;
  let first: string | undefined;
  for (const o of quotes) {
    if (o.kind !== 'direct' || !o.speaker || NOT_BODY.has(o.rule ?? '')) continue;
    total++;
    first ??= o.speaker.name;
    const c = counts.get(o.speaker.name);
    if (c) c.n++;
    else counts.set(o.speaker.name, { n: 1, q: o });
  }
  const c = first === undefined ? undefined : counts.get(first);
  return c && c.n >= 2 && c.n * 2 > total ? c.q : undefined;
}

/** Words too common to tie a headline to a speaker's quotes (이제, 우리, 정말 …). */
const COMMON = new Set(['이제', '우리', '지금', '정말', '너무', '아직', '모든', '이번', '그것', '있다', '없다', '하지', '한다', '된다', '것이']);

/**
 * Whether a headline quote shares a word's first two letters with one of the speaker's quotes (인플레와의 전쟁 …
 * and 인플레이션 압력이 …): a headline summing up someone's words takes some of them; a victim's cry in the
 * headline of an article quoting officials shares none.
 */
export function sharesWords(headline: string, speaker: string, quotes: Quote[]): boolean {
  const stems = new Set<string>();
  for (const w of headline.split(/[\s,.…·!?'"‘’“”]+/)) if (/^[가-힣]{2}/.test(w) && !COMMON.has(w.slice(0, 2))) stems.add(w.slice(0, 2));
  if (stems.size === 0) return false;
  for (const o of quotes) {
    if (o.speaker?.name !== speaker || NOT_BODY.has(o.rule ?? '')) continue;
    for (const s of stems) if (o.text.includes(s)) return true;
  }
  return false;
}

/** Whether a quote opens a headline line, nothing but a bracketed tag before it ([단독] “…”…). */
export function opensHeadline(seg: Segmented, q: Quote): boolean {
  const s = seg.sentences[q.sentence];
  if (!s || s.kind !== 'headline') return false;
  const before = seg.text.slice(s.start, q.start);
  return /^(?:\s*(?:\[[^\]\n]{0,20}\]|【[^】\n]{0,20}】|<[^>\n]{0,20}>))*\s*["“'‘]?\s*$/.test(before);
}

/** A letter of a bare name before a headline's quote mark. */
const BARE_LETTER = /[가-힣A-Za-z0-9]/;

/**
 * 그룹 블루문 “…” in a headline, whose words the body does not repeat: the bare word before the mark is
 * the name under which the body quotes someone (블루문은 “…”라고 말했다), one speaker only. Names no list
 * knows (bands, foreign family names) are read so; the body's grammar vouches for them.
 */
export function speakerNamedBefore(text: string, q: Quote, byWords: ReadonlyMap<string, Quote>): Quote | undefined {
  let i = q.start - 1;
  const stop = Math.max(0, q.start - 8); // spaces inside and before the mark: a few at most
  while (i > stop && isSpace(text.charCodeAt(i))) i--;
  i--; // the opening mark
  while (i > stop && text.charCodeAt(i) === 0x20) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 20 && BARE_LETTER.test(text[i])) i--;
  const word = text.slice(i + 1, end);
  if (word.length < 2 || !/^[\s….,·]?$/.test(text[i] ?? '')) return undefined;
  let found: Quote | undefined;
  for (const other of byWords.values()) {
    const s = other.speaker;
    if (!s || (s.name !== word && !s.name.endsWith(` ${word}`) && s.mention?.text !== word)) continue;
    if (found && found.speaker?.name !== s.name) return undefined; // two so named: the headline does not say which
    found = other;
  }
  return found;
}
