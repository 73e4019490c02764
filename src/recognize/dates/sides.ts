// Which side of the publication date a bare day falls on, agreed across the article.
import type { DateParts, Direction } from './parsers/types.js';
import { yearlessKey } from './resolve.js';

/**
 * One day number in one article names one day: a bare 17일 takes the side that 오는 17일 or 지난 17일
 * elsewhere in the article says, else (when it falls later this month) the side its own verb or the
 * verbs after the other 17일 say, else `fallback` (the past, as the guidelines say, but for a headline's
 * day only days ahead).
 */
export class Sides {
  private readonly said = new Map<string, Direction | null>();
  private readonly cued = new Map<string, Direction | null>();

  /** `tense`: what the verb after each date says, when that matters (see needsDirection). */
  constructor(entries: ReadonlyArray<{ parts: DateParts; tense: Direction | null }>) {
    for (const { parts, tense } of entries) {
      const key = yearlessKey(parts);
      if (key === null) continue;
      if (parts.direction) agree(this.said, key, parts.direction);
      if (tense) agree(this.cued, key, tense);
    }
  }

  of(parts: DateParts, tense: Direction | null, open: boolean, fallback: Direction): Direction {
    const key = yearlessKey(parts);
    if (key === null) return 'past';
    return this.said.get(key) ?? (open ? tense ?? this.cued.get(key) : null) ?? fallback;
  }
}

/** Records `side` for `key`; a key with both sides gets null (no agreement). */
function agree(map: Map<string, Direction | null>, key: string, side: Direction): void {
  map.set(key, map.has(key) && map.get(key) !== side ? null : side);
}
