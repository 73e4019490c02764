// Rule: an interview's lead that says whom the reporter met (… 김순자(80) 할머니를 만났다.): the bare
// quote lines after it are that person's, as a reader takes them, though the person is an object, not a subject.
import { particleFits } from '../../korean/particles.js';
import type { DocContext } from './context.js';
import { resolvePhrase, type Resolved } from './resolve.js';
import { phraseAt } from './subject.js';
import { subjectWord, type NounPhrase } from './phrase.js';

/** The verb ending an interview's lead: 만났다, 만나봤다, 인터뷰했다 (a sentence's last word). */
const MET = /^(?:만났다|만나봤다|만나보았다|만났습니다|인터뷰했다)[.]?$/;
const OBJECT = /^(.+?)(을|를)$/;

/** The person the sentence [from, to) says the reporter met (the object nearest 만났다), or null. */
export function metPerson(ctx: DocContext, from: number, to: number): Resolved | null {
  const words = ctx.wordsIn(from, to);
  const n = words.length;
  if (n < 2 || !MET.test(words[n - 1].text)) return null;
  // The object nearest the verb, past a few adverbials (… 대표를 30일 본사에서 만났다).
  for (let k = n - 2; k >= 0 && k >= n - 6; k--) {
    const w = words[k];
    const m = OBJECT.exec(w.text);
    if (!m) continue;
    if (!particleFits(m[1], m[2])) return null;
    // 김 장관은 대사를 집무실에서 만났다: a subject of its own met someone; the reporter's lead has none.
    if (k < n - 2 && words.slice(0, k).some((x) => subjectWord(x) !== null)) return null;
    const stem = { start: w.start, end: w.start + m[1].length, text: m[1] };
    const np: NounPhrase = { start: stem.start, end: stem.end, words: [stem], particle: m[2] };
    const r = resolvePhrase(phraseAt(ctx, words, k, np), ctx, false);
    return r?.kind === 'person' ? r : null;
  }
  return null;
}
