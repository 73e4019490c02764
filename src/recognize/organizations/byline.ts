// Outlets named in bylines and credits: [헤럴드경제=신대원 기자] and [아이뉴스24 정종오 기자] (the outlet
// before a reporter); [평양 노동신문=뉴스1], (서울=연합뉴스), (사진=뉴시스) (the outlet after `=` when no
// reporter follows); ⓒ뉴스1; a caption's closing /뉴스1; a line that is only <뉴스1>.
import type { Mention } from '../../types.js';
import { KNOWN } from './lexicon.js';
import { readList } from './lists.js';
import { matchesAt } from './scan.js';

const MEDIA_ENDINGS = readList('media-endings.txt');
// Bounded parts, no nested quantifiers: linear on any input.
// Sticky, each tried where its first character is found (see matchesAt).
const EQUALS = /[[(]([^[\]()=\n]{1,40})=([^[\]()=\n]{1,40})[\])]/y;
/** The = of EQUALS stands 2 to 41 characters after its bracket. */
const EQUALS_SIGN = { char: '=', within: 41 };
const NAME = '[0-9A-Za-z가-힣&]{2,15}';
const BEFORE_REPORTER = new RegExp(`\\[(${NAME}) [가-힣]{2,4} 기자\\]`, 'y');
const CREDIT = new RegExp(`ⓒ ?(${NAME})|/ ?(${NAME})$|^<(${NAME})>$`, 'my');
const ONE_WORD = new RegExp(`^${NAME}$`);
const LETTER = /[A-Za-z가-힣]/;

export function bylineOutlets(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesAt(text, '[(', EQUALS, EQUALS_SIGN)) {
    const [, left, right] = m;
    const leftStart = m.index + 1;
    if (right.includes('기자') || right.includes('특파원')) {
      // [헤럴드경제=신대원 기자]; a place stands there before a correspondent ([워싱턴=… 특파원]).
      const word = left.trimEnd().split(/\s+/).at(-1) ?? '';
      const media = KNOWN.has(word) || MEDIA_ENDINGS.some((e) => word.endsWith(e)) || !right.includes('특파원');
      if (ONE_WORD.test(word) && media) out.push(outlet(word, leftStart + left.trimEnd().length - word.length));
    } else {
      const word = right.trim();
      // (2020=100): an index's base, no outlet; an outlet's name has a letter.
      if (ONE_WORD.test(word) && LETTER.test(word) && !word.endsWith('제공')) out.push(outlet(word, leftStart + left.length + 1 + right.indexOf(word)));
    }
  }
  for (const m of matchesAt(text, '[', BEFORE_REPORTER)) out.push(outlet(m[1], m.index + 1));
  for (const m of matchesAt(text, 'ⓒ/<', CREDIT)) {
    const word = m[1] ?? m[2] ?? m[3];
    const reporter = /^ ?기자/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)); // ⓒ홍봉진 기자 credits a person
    if (/[A-Z가-힣]/.test(word) && !reporter) out.push(outlet(word, m.index + m[0].indexOf(word)));
  }
  return out;
}

function outlet(word: string, start: number): Mention {
  return { type: 'ORG', start, end: start + word.length, text: word, name: KNOWN.get(word)?.[0] ?? word, rule: 'byline' };
}
