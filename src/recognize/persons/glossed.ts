// A name, a note on it in brackets, then its title, maybe after an affiliation: 김을순(70) 씨, 박민호 (45)
// 대표, 한지훈(62·구속기소) 전 한빛건설 대표, 정다운(미래당) 의원, 보시라이(薄熙來) 전 충칭시 당서기. The
// bracket breaks the phrase the title rule walks back over, so this rule joins the name to the title
// across it.
import type { Mention } from '../../types.js';
import { afterGloss, onlySpacesBetween, wordsBeforeBrackets } from './gloss.js';
import { FAMILY_NAME_TITLES, titleEnding } from './lexicon.js';
import { personMention } from './mention.js';
import { canBeForeignName, isCommonKoreanName, isForeignNameWord, isPlaceWord } from './name-shape.js';
import type { Token } from './tokens.js';
import { vietnameseBefore } from './vietnamese-name.js';
import { FOREIGN_FIRST, TITLE_HEAD } from './word-flags.js';

const ACRONYM_NOTE = /^\([A-Z][A-Z0-9&]{1,7}\)$/;

/** Words between the note and the title: an affiliation of at most this many words (전 충칭시 당서기). */
const MOST_BETWEEN = 3;

export function findGlossed(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const i of wordsBeforeBrackets(text, tokens)) {
    const t = tokens[i];
    const after = afterGloss(text, t.end);
    if (after === t.end || t.particle !== '' || (!t.korean && !canBeForeignName(t.text))) continue;
    // 국민연합(RN) 의원단 대표: a word glossed by capitals is a body's name, not a person's.
    if (ACRONYM_NOTE.test(text.slice(t.end, after).trim())) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].start < after) k++;
    if (k >= tokens.length || !onlySpacesBetween(text, after, tokens[k].start)) continue;
    const title = titleAfter(tokens, k);
    if (title === undefined) continue;
    // 응우옌 반 훙(31)씨: a Vietnamese name of short words.
    const vietnamese = vietnameseBefore(text, tokens, i, title, undefined);
    if (vietnamese) {
      out.push(vietnamese);
      continue;
    }
    // 아베 신조(安倍晋三) 총리: a transliterated first or family name before the word.
    const prev = tokens[i - 1];
    // Not before a full Korean name of common syllables, which the word before modifies (지켜온 박순덕(72) 할머니).
    const korean = i > 0 && isCommonKoreanName(t.text) && !(prev.flags & FOREIGN_FIRST);
    if (i > 0 && t.joined && !korean && canBeForeignName(prev.text) && (isForeignNameWord(prev.text) || isForeignNameWord(t.text))) {
      out.push(personMention(text, prev, t, `${prev.text} ${t.text}`, 'glossed-title', { title }));
    } else if (t.korean) {
      if (!isPlaceWord(t.text)) out.push(personMention(text, t, t, t.text, 'glossed-title', { title }));
    } else if ((isForeignNameWord(t.text) || hanjaBetween(text, t.end, after)) && familyNameTitle(title)) {
      // A family name alone only before a title of state (보시라이(薄熙來) 당서기), as right before a title;
      // a name glossed in Chinese characters need not look transliterated.
      out.push(personMention(text, t, t, t.text, 'glossed-title', { title, partial: 'short' }));
    }
  }
  return out;
}

/** The title that ends the phrase starting at tokens[k], after at most MOST_BETWEEN affiliation words. */
function titleAfter(tokens: Token[], k: number): string | undefined {
  for (let n = k; n < tokens.length && n <= k + MOST_BETWEEN; n++) {
    const w = tokens[n];
    if (n > k && !w.joined) return undefined;
    if (w.flags & TITLE_HEAD && w.title !== undefined) return w.title;
    if (w.particle !== '' && w.particle !== '의') return undefined;
  }
  return undefined;
}

const familyNameTitle = (title: string) => FAMILY_NAME_TITLES.has(title) || FAMILY_NAME_TITLES.has(titleEnding(title) ?? title);

/** Whether the note between `from` and `to` is written in Chinese characters only (薄熙來). */
function hanjaBetween(text: string, from: number, to: number): boolean {
  const note = text.slice(from, to).trim();
  return /^\([\u4e00-\u9fff]{2,4}\)$/.test(note);
}
