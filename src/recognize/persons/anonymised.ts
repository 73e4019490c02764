// Anonymised people (김모씨, 조모(45)씨, 이 모 씨) are not persons to list: a later 조 씨 or 조씨 of the
// same surname is the same anonymous person, not a new one known only by surname.

/** Forms of address after an anonymised name: 김모씨, A군, B양. */
export const ANONYMOUS_TITLES: ReadonlySet<string> = new Set(['씨', '군', '양']);

/** `<surname>모`, an optional `(age)`, then 씨/군/양; one pattern per surname, built when first needed. */
const patterns = new Map<string, RegExp>();

function patternFor(surname: string): RegExp {
  let re = patterns.get(surname);
  if (re === undefined) {
    re = new RegExp(`${surname}[ \\t]?모[ \\t]?(?:\\([0-9]{1,3}\\)[ \\t]?)?[씨군양]`);
    patterns.set(surname, re);
  }
  return re;
}

/** Whether the text anonymises someone of each surname asked about, searched once per surname. */
export class AnonymisedSurnames {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly text: string) {}
  has(surname: string): boolean {
    let found = this.seen.get(surname);
    if (found === undefined) {
      found = patternFor(surname).test(this.text);
      this.seen.set(surname, found);
    }
    return found;
  }
}
