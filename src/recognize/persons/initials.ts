// Initials written in Latin capitals before a transliterated name: TJ 칼슨, T.J. 칼슨 (존 F. 케네디 is
// left to the name rules). The initials join the foreign name after them into one full name, unless
// they are an organization's letters (EU 폰데어라이엔 집행위원장).
import type { Mention } from '../../types.js';
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';

/** One or two capitals, dotted or not, then one space, right before the name: JD , J.D. , J. . */
const INITIALS_BEFORE = /(?:^|[^A-Za-z0-9.&])([A-Z]\.?[A-Z]?\.?) $/;

/** Extends, in place, each foreign name with Latin initials before it over them. */
export function joinInitials(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.partial === 'surname' || !(m.partial === 'short' || m.rule.startsWith('foreign')) || !isCapitalBefore(text, m.start)) continue;
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
    if (initials === undefined || KNOWN_ORGS.has(initials)) continue;
    m.start -= initials.length + 1;
    m.text = text.slice(m.start, m.end);
    m.name = `${initials} ${m.name}`;
    m.partial = undefined;
  }
}

/** A cheap first test: a capital or a dot two characters before the name. */
function isCapitalBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 0x20 && ((c >= 65 && c <= 90) || c === 0x2e);
}
