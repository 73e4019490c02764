// Discourse memory for coreference: who has spoken or been the subject so far, most recent last.
// 그는 → the latest person; 이 관계자는 → the latest referent described as 관계자; 홍 위원 → the latest
// person whose name opens with 홍 (preferring one titled 위원).

export type ReferentKind = 'person' | 'org' | 'source';

export interface Referent {
  name: string;
  entity: string | null;
  kind: ReferentKind;
  /** Title or description seen with the referent (선임연구위원, 관계자), or ''. */
  title: string;
  at: number;
}

/** Referents kept: coreference reaches back a few hundred speakers at most, which keeps look-ups short. */
const KEEP = 300;

export class Memory {
  private readonly items: Referent[] = [];

  add(r: Referent): void {
    this.items.push(r);
    if (this.items.length > 2 * KEEP) this.items.splice(0, KEEP);
  }

  /** The latest referent of any kind (for a left-out subject). */
  last(): Referent | undefined {
    return this.items.at(-1);
  }

  /** The latest referent other than `name` (the one a sentence answers: 박 대변인이 “…”고 한 데 대해 “…”). */
  lastOther(name: string): Referent | undefined {
    return this.find((r) => r.name !== name);
  }

  /** The latest person, named or described (그는 after 여당 한 중진 의원은 …). */
  lastPerson(): Referent | undefined {
    return this.find((r) => r.kind === 'person' || (r.kind === 'source' && r.title !== ''));
  }

  /** The latest person the article names (그의 변호인 is that person's), not a described one. */
  lastNamed(): Referent | undefined {
    return this.find((r) => r.kind === 'person');
  }

  /** The latest group (주민들, 유가족들), for a plural pronoun (이들은, 그들은); not 아들 or 딸들's parent. */
  lastGroup(): Referent | undefined {
    return this.find((r) => r.kind !== 'org' && r.name.length > 2 && r.name.endsWith('들') && !r.name.endsWith('아들'));
  }

  /**
   * The latest referent described by `head` (관계자, 교수): its title ends with it. A more specific head
   * than the title remembered (원내대표 after 대표) is someone else.
   */
  byDescription(head: string): Referent | undefined {
    return this.find((r) => r.title !== '' && r.title.endsWith(head));
  }

  /** The latest person whose name opens with `surname`, one titled `title` first. */
  bySurname(surname: string, title: string): Referent | undefined {
    const fits = (r: Referent) => r.kind === 'person' && r.name.length > surname.length && r.name.startsWith(surname);
    return this.find((r) => fits(r) && title !== '' && r.title.endsWith(title)) ?? this.find(fits);
  }

  /** The name of the latest referent of one kind whose name passes `test`. */
  lastName(kind: ReferentKind, test: (name: string) => boolean): string | undefined {
    return this.lastOf(kind, test)?.name;
  }

  /** The latest referent of one kind whose name passes `test`. */
  lastOf(kind: ReferentKind, test: (name: string) => boolean): Referent | undefined {
    return this.find((r) => r.kind === kind && test(r.name));
  }

  private find(test: (r: Referent) => boolean): Referent | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) if (test(this.items[i])) return this.items[i];
    return undefined;
  }
}
