// The sentence-final endings of paradigm.tsv (the speech levels after 었/겠, 시, 하/되, with online
// and regional spellings), expanded into trie entries for final-endings.ts once at module load.
import { readRows } from '../data-files.js';

/** A trie entry and whether it also ends formal sentences (the polite levels) or only informal ones. */
export type Paradigm = Array<[suffix: string, formal: boolean]>;

const JONG_INDEX: Record<string, number> = { ㄴ: 4, ㄹ: 8 };

/** `ending` after the context `after` (ㅆ, a stem syllable, or - for none); 하 + ㄹ래 fuses to 할래. */
function attach(after: string, ending: string): string {
  if (after === '-') return ending;
  const fuse = JONG_INDEX[ending.charAt(0)];
  if (fuse && after.length === 1 && after >= '가') return String.fromCharCode(after.charCodeAt(0) + fuse) + ending.slice(1);
  return after + ending;
}

function build(): Paradigm {
  const rows = readRows('segment/paradigm.tsv');
  const respell = new Map<string, string[]>();
  const skip = new Set<string>();
  for (const [kind, last, , forms] of rows) {
    if (kind === 'respell') respell.set(last, forms.split(' '));
    if (kind === 'skip') for (const f of forms.split(' ')) skip.add(f);
  }
  const out: Paradigm = [];
  for (const [kind, contexts, register, forms] of rows) {
    if (kind !== 'end') continue;
    for (const after of contexts.split(' ')) {
      for (const ending of forms.split(' ')) {
        const form = attach(after, ending);
        if (skip.has(form)) continue;
        out.push([form, register === 'any']);
        // online respellings of the last syllable (했다 → 했당, 했닷), informal only
        for (const r of respell.get(form.charAt(form.length - 1)) ?? []) {
          const spelled = form.slice(0, -1) + r;
          if (!skip.has(spelled)) out.push([spelled, false]);
        }
      }
    }
  }
  return out;
}

export const PARADIGM: Paradigm = build();
