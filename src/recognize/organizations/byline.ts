// Outlets named in bylines and credits: [헤럴드경제=신대원 기자] (the outlet, before a reporter) and
// [평양 노동신문=뉴스1], (서울=연합뉴스), (사진=뉴시스) (the outlet after `=` when no reporter follows).
import type { Mention } from '../../types.js';
import { KNOWN } from './lexicon.js';
import { readList } from './lists.js';

const MEDIA_ENDINGS = readList('media-endings.txt');
// Bounded parts, no nested quantifiers: linear on any input.
const BRACKET = /[[(]([^[\]()=\n]{1,40})=([^[\]()=\n]{1,40})[\])]/g;
const REPORTER = /기자|특파원|통신원/;
const ONE_WORD = /^[0-9A-Za-z가-힣&]{2,15}$/;

export function bylineOutlets(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const [, left, right] = m;
    const leftStart = m.index + 1;
    const rightStart = leftStart + left.length + 1;
    if (REPORTER.test(right)) {
      const word = left.trimEnd().split(/\s+/).at(-1) ?? '';
      const at = leftStart + left.trimEnd().length - word.length;
      if (ONE_WORD.test(word) && (KNOWN.has(word) || MEDIA_ENDINGS.some((e) => word.endsWith(e)))) out.push(outlet(word, at));
    } else {
      const word = right.trim();
      const at = rightStart + right.indexOf(word);
      if (ONE_WORD.test(word) && !word.endsWith('제공')) out.push(outlet(word, at));
    }
  }
  return out;
}

function outlet(word: string, start: number): Mention {
  return { type: 'ORG', start, end: start + word.length, text: word, name: KNOWN.get(word) ?? word, rule: 'byline' };
}
