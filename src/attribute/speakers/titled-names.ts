// Persons the text names with a title, found by spelling alone (문재인 대통령, 홍민 통일연구원
// 선임연구위원, 김민석·정청래·송영길 후보): coreference falls back on them when no recognizer linked 홍 위원.
import { isOrganization, isSurname, looksLikeName, titleEnding } from './lexicons.js';

/** A person the text names with a title (문재인 대통령, 홍민 통일연구원 선임연구위원), found by spelling alone. */
export interface TitledName {
  name: string;
  title: string;
  at: number;
}

/**
 * A name, or a list of names, then a title in the next word or after a body's name. One pass over the
 * words of the text.
 */
export function findTitledNames(text: string): TitledName[] {
  const words = [...text.matchAll(/[^\s]+/g)];
  const bare = (w: string) => w.replace(/(?:\([^()]*\))?(?:은|는|이|가|의|과|와|을|를|에게|께서)?[,.]?$/, '');
  const out: TitledName[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i][0];
    if (!isSurname(word[0]) && !isSurname(word.slice(0, 2))) continue; // cheap tests first
    const names: Array<{ name: string; at: number }> = [];
    let j = i;
    for (; j < words.length && names.length < 6; j++) {
      const parts = words[j][0].replace(/,$/, '').split('·');
      if (!parts.every((p) => looksLikeName(p, true) && !isOrganization(p))) break;
      let at = words[j].index;
      for (const p of parts) {
        names.push({ name: p, at });
        at += p.length + 1;
      }
      if (!words[j][0].endsWith(',')) {
        j++;
        break;
      }
    }
    if (names.length === 0) continue;
    const next = words[j] ? bare(words[j][0]) : '';
    const then = words[j + 1] ? bare(words[j + 1][0]) : '';
    const title = titleEnding(next) || (isOrganization(next) || /[A-Za-z]/.test(next) ? titleEnding(then) : '');
    if (title) for (const n of names) out.push({ ...n, title });
  }
  return out;
}
