// Segment stage: the text into sentences with exact offsets, each with its kind, and the ranges
// that are not prose. Stages, each one linear pass over a line:
//   01-lines        lines → headline / caption / byline / body regions; image markup into skip
//   02-split        ends marked by punctuation (not after numbers, initials, abbreviations; a typed
//                   ellipsis only after a final ending or a complete word: ellipsis.ts)
//   03-endings      ends marked only by a final ending (좋아요 다음…, 안좋아함 자신의…) or, in
//                   informal text, a bound noun after an adnominal word (갈 듯 우산…: nominal-ends.ts)
//   04-quote-merge  no end inside a matched quote or bracket
//   postposed       no end before a lone afterthought adverb (아쉽다 진짜: postposed.txt)
//   skip            URLs and e-mail addresses into skip
// Shared pieces: chars.ts (character classes), final-endings.ts (is this word a sentence end? from
// endings.txt, paradigm.tsv, endings-informal.txt, not-endings.txt, continuations.txt), trail.ts (emoticons,
// laughter, hashtags, footnotes and asides that stay with an end), faces.ts (ASCII emoticons,
// syllable laughter), openers.ts (그러나, 물론: openers.txt), labels.ts (chat speaker labels 민수:"…"),
// abbreviations.txt (Mr., No., Inc.).
import type { Segmented, Sentence } from '../types.js';
import { lineRegions, trim, type Range } from './01-lines.js';
import { punctuationBoundaries } from './02-split.js';
import { endingBoundaries } from './03-endings.js';
import { outsideQuotes, quotedRanges } from './04-quote-merge.js';
import { keepAfterthoughts } from './postposed.js';
import { addLinks, mergeRanges } from './skip.js';

export function segment(text: string): Segmented {
  const markup: Range[] = [];
  const regions = lineRegions(text, markup);
  const skip = mergeRanges(addLinks(text, markup));
  const sentences: Sentence[] = [];
  let s = 0; // first skip range that may still matter
  let formalEnd = nextFormalEnd(text, 0); // a `다.` makes the line formal up to it
  const news = formalEnd >= 0; // headlines above a body that punctuates its -다 sentences: an article
  for (const region of regions) {
    let cuts: number[] = [];
    if (region.split) {
      while (formalEnd >= 0 && formalEnd < region.start) formalEnd = nextFormalEnd(text, formalEnd + 1);
      // Register per stretch: the line is formal up to its last `다.` and informal after it, as blogs and
      // comments punctuate a plain -다 sentence and run on without punctuation (다녀왔다. 맛있었어 또 갈게).
      let informalFrom = region.start;
      while (formalEnd >= 0 && formalEnd + 1 < region.end) {
        informalFrom = formalEnd + 2;
        formalEnd = nextFormalEnd(text, formalEnd + 1);
      }
      const punct: number[] = [];
      const endings: number[] = [];
      punctuationBoundaries(text, region.start, region.end, informalFrom, punct);
      endingBoundaries(text, region.start, region.end, informalFrom, news && region.kind === 'headline', endings);
      cuts = outsideQuotes(mergeSorted(punct, endings), quotedRanges(text, region.start, region.end));
      cuts = keepAfterthoughts(text, cuts, region.end);
    }
    let from = region.start;
    for (let k = 0; k <= cuts.length; k++) {
      const b = k < cuts.length ? cuts[k] : region.end;
      if (b < region.end) {
        while (s < skip.length && skip[s].end <= b) s++;
        if (s < skip.length && skip[s].start < b) continue; // inside a URL
        if (b <= from) continue;
      }
      const t = trim(text, from, b);
      if (t.start < t.end) sentences.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: region.kind });
      from = b;
    }
  }
  return { text, sentences, skip };
}

/** Offset of the next `다.` at or after `from` that is no ellipsis (`다...`), or -1. */
function nextFormalEnd(text: string, from: number): number {
  let at = text.indexOf('다.', from);
  while (at >= 0 && text.charCodeAt(at + 2) === 0x2e) at = text.indexOf('다.', at + 2);
  return at;
}

/** The union of two ascending lists, ascending, without repeats. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}
