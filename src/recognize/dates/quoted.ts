// 오늘, 어제 and 내일 inside quotation marks count from the day the words were said. News published the
// morning after tell the story of the day before (25일 별세 … “어제 병원에서 뵈었다” in the paper of the
// 26th), so a quote's 오늘 is the story's day when that day is just before publication.
import { addDays, dayValue, parseYmd, type Ymd } from './calendar.js';

const OPENING = new Set([...'“「『'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”」』'].map((c) => c.charCodeAt(0)));
const STRAIGHT = 0x22;
/** How many days before publication the story's day may be for a quote to have been said on it. */
const STORY_DAYS = 2;

/** How far back a quotation's opening mark is looked for: a long paragraph. */
const PARAGRAPH = 2000;

/** Whether `at` stands inside quotation marks opened earlier in its paragraph (a quote may span sentences). */
export function insideQuote(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - PARAGRAPH);
  let depth = 0;
  let straight = false;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (c === STRAIGHT) straight = !straight;
  }
  return depth > 0 || straight;
}

/**
 * The day a quote was said: the story's latest day (`storyDay`) when it falls a day or two before the
 * publication date `ref`, else `ref` itself.
 */
export function saidOn(storyDay: string | null, ref: Ymd): Ymd {
  const day = parseYmd(storyDay);
  if (!day) return ref;
  const earliest = addDays(ref, -STORY_DAYS);
  const value = dayValue(day.y, day.m, day.d);
  return value < dayValue(ref.y, ref.m, ref.d) && value >= dayValue(earliest.y, earliest.m, earliest.d) ? day : ref;
}
