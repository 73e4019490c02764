// Anonymised people (김모씨, 조모(45)씨, 이 모 씨) are not persons to list: a later 조 씨 or 조씨 of the
// same surname is the same anonymous person, not a new one known only by surname.

/** Forms of address after an anonymised name: 김모씨, A군, B양. */
export const ANONYMOUS_TITLES: ReadonlySet<string> = new Set(['씨', '군', '양']);

/** 모, an optional (age), then 씨/군/양: what follows the surname of an anonymised name. */
const AFTER_SURNAME = /모[ \t]?(?:\([0-9]{1,3}\)[ \t]?)?[씨군양]/g;

/** The surnames the text anonymises someone of (`<surname>[ ]모(<age>)?씨`), found in one pass when first asked. */
export class AnonymisedSurnames {
  private found: Set<string> | undefined;
  constructor(private readonly text: string) {}
  has(surname: string): boolean {
    this.found ??= this.find();
    return this.found.has(surname);
  }
  private find(): Set<string> {
    const { text } = this;
    const out = new Set<string>();
    for (const m of text.matchAll(AFTER_SURNAME)) {
      // The one or two characters before 모 (a surname has one or two), past one space or tab.
      const c = text.charCodeAt(m.index - 1);
      const end = c === 0x20 || c === 0x09 ? m.index - 1 : m.index;
      if (end >= 1) out.add(text.slice(end - 1, end));
      if (end >= 2) out.add(text.slice(end - 2, end));
    }
    return out;
  }
}
