// Persons the text names with a title, found by spelling alone (문재인 대통령, 홍민 통일연구원
// 선임연구위원, 김가람·이나래·박다온 후보): coreference falls back on them when no recognizer linked 홍 위원.
import type { WordIndex } from '../words.js';
import { memo } from '../memo.js';
import { verbAfterArgument } from './phrase.js';
import { isOrganization, isSurnameInitial, looksLikeName, titleEnding } from './lexicons.js';

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
export function findTitledNames(words: WordIndex): TitledName[] {
  const out: TitledName[] = [];
  const text = words.text;
  for (let i = 0; i + 1 < words.length; i++) {
    // Cheap tests first, before the word is made: a name opens with a surname and, unless it lists names
    // with ·, is at most four syllables (and a comma).
    if (!isSurnameInitial(text.charCodeAt(words.starts(i)))) continue;
    if (!nameShaped(text, words.starts(i), words.ends(i))) continue;
    if (i > 0 && verbAfterArgument(words.at(i - 1).text, words.at(i).text)) continue; // 답변에 나선 차관
    const names: Array<{ name: string; at: number }> = [];
    let j = i;
    for (; j < words.length && names.length < 6; j++) {
      const word = words.at(j).text;
      const parts = nameParts(word);
      if (!parts) break;
      let at = words.at(j).start;
      for (const p of parts) {
        names.push({ name: p, at });
        at += p.length + 1;
      }
      if (!word.endsWith(',')) {
        j++;
        break;
      }
    }
    if (names.length === 0) continue;
    const next = j < words.length ? bare(words.at(j).text) : '';
    const then = j + 1 < words.length ? bare(words.at(j + 1).text) : '';
    // A title is a word of its own: 없다"…시장 ends a quote, and its 시장 titles no one before it.
    const title = clean(next) ? titleEnding(next) || (isOrganization(next) || /[A-Za-z]/.test(next) ? (clean(then) ? titleEnding(then) : '') : '') : '';
    if (title) for (const n of names) out.push({ name: n.name, at: n.at, title });
  }
  return out;
}

/** Hangul only, with · between names and a comma after them; at most four syllables unless it lists names. */
function nameShaped(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) === 0x2c) to--; // ,
  let dot = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xb7) dot = true;
    else if (c < 0xac00 || c > 0xd7a3) return false;
  }
  return dot || to - from <= 4;
}


/** The names a word lists (김가람·이나래, 홍민,), or null when one part is no name. */
const nameParts = memo((word: string): string[] | null => {
  const parts = word.replace(/,$/, '').split('·');
  return parts.every((p) => looksLikeName(p, true) && !isOrganization(p)) ? parts : null;
});

/** A word of letters and digits only (a title, a body's name), no quote marks or ellipsis inside. */
const clean = (w: string): boolean => /^[가-힣A-Za-z0-9·&]+$/.test(w);

/** A word without its particle, a trailing (…) aside and comma: 대통령은 → 대통령. */
const bare = memo((w: string) => w.replace(/(?:\([^()]*\))?(?:은|는|이|가|의|과|와|을|를|에게|께서)?[,.]?$/, ''));
