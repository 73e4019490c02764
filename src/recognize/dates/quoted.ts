// 오늘, 어제 and 내일 inside quotation marks count from the day the words were said. News published the
// morning after tell the story of the day before (25일 별세 … “어제 병원에서 뵈었다” in the paper of the
// 26th), so a quote's 오늘 is the story's day when that day is just before publication.
import { addDays, dayValue, parseYmd, type Ymd } from './calendar.js';

const OPENING = new Set([...'“「『'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”」』'].map((c) => c.charCodeAt(0)));
const STRAIGHT = 0x22;
const NEWLINE = 0x0a;
/** How many days before publication the story's day may be for a quote to have been said on it. */
const STORY_DAYS = 2;

/**
 * Whether positions stand inside quotation marks opened earlier in their paragraph (a quote may span
 * sentences). Asked in text order, it reads each character once.
 */
export class Quotes {
  private at = 0;
  private depth = 0;
  private straight = false;

  constructor(private readonly text: string) {}

  inside(at: number): boolean {
    const { text } = this;
    for (; this.at < at; this.at++) {
      const c = text.charCodeAt(this.at);
      if (c === NEWLINE) {
        this.depth = 0;
        this.straight = false;
      } else if (OPENING.has(c)) this.depth++;
      else if (CLOSING.has(c)) this.depth = Math.max(0, this.depth - 1);
      else if (c === STRAIGHT) this.straight = !this.straight;
    }
    return this.depth > 0 || this.straight;
  }
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
