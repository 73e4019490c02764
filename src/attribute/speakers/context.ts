// What the speaker rules share for one document: the text, the entities with their mentions in text
// order (for overlap look-ups by binary search), and the discourse memory.
import type { Entity, Span } from '../../types.js';
import { Memory } from '../coref.js';

export interface EntityMention extends Span {
  entity: Entity;
}

export class DocContext {
  readonly memory = new Memory();
  private readonly mentions: EntityMention[];
  private readonly byName = new Map<string, Entity>();

  constructor(
    readonly text: string,
    readonly entities: readonly Entity[],
  ) {
    this.mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e }))).sort((a, b) => a.start - b.start);
    for (const e of entities) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }

  /** Entity mentions lying inside [start, end), in text order. */
  mentionsIn(start: number, end: number): EntityMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < end; i++) if (this.mentions[i].end <= end) out.push(this.mentions[i]);
    return out;
  }

  entityNamed(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  /** The person entity whose name opens with `surname`, mentioned last before `at` (else first after it). */
  personBySurname(surname: string, at: number): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -Infinity;
    for (const e of this.entities) {
      if (e.type !== 'PERSON' || e.name.length <= surname.length || !e.name.startsWith(surname)) continue;
      const before = e.mentions.filter((m) => m.start < at).at(-1);
      const score = before ? before.start : -1e12 - e.mentions[0].start;
      if (score > bestAt) {
        best = e;
        bestAt = score;
      }
    }
    return best;
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
