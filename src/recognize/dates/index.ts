// Dates: expressions that name a calendar day, month or year, normalized to TIMEX3 against the
// publication date. Parsers (parsers/, one date form each) find the expressions in one scan;
// resolve.ts gives their values, tense.ts the side of a bare day, anchors.ts the dates of 이날 and 전날.
import type { DateItem, Segmented } from '../../types.js';
import { sentenceAt } from '../../segment/sentence-at.js';
import { EventDates } from './anchors.js';
import { parseYmd } from './calendar.js';
import { resolve } from './resolve.js';
import { scan } from './scan.js';
import { directionAfter } from './tense.js';

export { inferRefDate } from './ref-date.js';

/** Every date expression in the text outside seg.skip, in order, with its TIMEX3 value against `refDate`. */
export function findDates(seg: Segmented, refDate: string | null): DateItem[] {
  const { text, sentences, skip } = seg;
  const ref = parseYmd(refDate);
  const out: DateItem[] = [];
  // Captions repeat the story out of order, so their dates anchor only 이날 in the same caption.
  const body = new EventDates();
  let caption = { sentence: -1, dates: new EventDates() };
  let k = 0;
  for (const found of scan(text)) {
    const start = found.start + (found.skip ?? 0);
    while (k < skip.length && skip[k].end <= start) k++;
    if (k < skip.length && skip[k].start < found.end) continue;
    const sentence = sentenceAt(sentences, start);
    const sentenceEnd = sentences[sentence]?.end ?? text.length;
    const { parts } = found;
    let events = body;
    if (sentences[sentence]?.kind === 'caption') {
      if (caption.sentence !== sentence) caption = { sentence, dates: new EventDates() };
      events = caption.dates;
    }
    const resolved = parts.anchor && parts.day === undefined
      ? { value: events.valueFor(parts.anchor.unit, parts.anchor.offset) }
      : resolve(parts, ref, () => directionAfter(text, found.end, sentenceEnd));
    if (resolved.value && !parts.range) events.see(resolved.value);
    out.push({
      start,
      end: found.end,
      text: text.slice(start, found.end),
      value: resolved.value,
      ...(resolved.mod ? { mod: resolved.mod } : {}),
      ...(parts.anchor ? { anchor: 'event' as const } : {}),
      sentence,
    });
  }
  return out;
}
