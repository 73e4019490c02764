// Names before a title: 홍민 통일연구원 선임연구위원은, 블라디미르 푸틴 러시아 대통령, 김 위원장, 신대원 기자.
// From each title the rule walks back over at most four joined words: the leftmost that is a Korean
// name (or the leftmost run of one or two transliterated words) is the name, the words between it and
// the title are the affiliation, and a bare surname right before the title is a partial mention.
import type { Mention } from '../../types.js';
import { SURNAMES, TITLES } from './lexicon.js';
import { hasParticle, isForeignNameWord, isKoreanName } from './name-shape.js';
import { personMention, TITLE_MODIFIERS, titleOf } from './mention.js';
import type { Token } from './tokens.js';

const WINDOW = 4;

export function findTitled(text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].joined) continue;
    const title = titleOf(tokens[i].text);
    if (title === undefined) continue;
    // 통일연구원 선임연구위원: a body named like a title (…연구원) is the affiliation of the title after it.
    if (title === tokens[i].text && tokens[i + 1]?.joined && titleOf(tokens[i + 1].text) !== undefined) continue;
    let j = i - 1; // the word right before the title, past 전/신임
    while (j > 0 && tokens[j].joined && TITLE_MODIFIERS.has(tokens[j].text)) j--;
    if (!tokens[j + 1].joined || TITLE_MODIFIERS.has(tokens[j].text)) continue;
    const fullTitle = text.slice(tokens[j + 1].start, tokens[i].start) + title;

    if (SURNAMES.has(tokens[j].text)) {
      const t = tokens[j];
      out.push(personMention(text, t, t, `${t.text} ${fullTitle}`, 'surname-title', { title, partial: 'surname' }));
      continue;
    }
    let a = j;
    while (a > 0 && j - a < WINDOW - 1 && tokens[a].joined && continuesPhrase(tokens[a - 1].text)) a--;
    const m = nameInWindow(text, tokens, a, j, title);
    if (m) out.push(m);
  }
  return out;
}

/** A word that can stand inside a name-affiliation phrase: no title, no particle (김정은 is a name, not 김정+은). */
function continuesPhrase(word: string): boolean {
  return !TITLES.has(word) && (!hasParticle(word) || isKoreanName(word));
}

function nameInWindow(text: string, tokens: Token[], a: number, j: number, title: string): Mention | undefined {
  for (let k = a; k <= j; k++) {
    const word = tokens[k].text;
    let last = k;
    if (isForeignNameWord(word)) {
      if (k < j && isForeignNameWord(tokens[k + 1].text)) last = k + 1;
    } else if (!isKoreanName(word)) continue;
    const affiliation = last < j ? text.slice(tokens[last + 1].start, tokens[j].end) : undefined;
    const name = tokens.slice(k, last + 1).map((t) => t.text).join(' ');
    const foreignFamily = last === k && isForeignNameWord(word);
    return personMention(text, tokens[k], tokens[last], name, foreignFamily ? 'foreign-title' : k === last ? 'name-title' : 'foreign-name-title', {
      title,
      affiliation,
      partial: foreignFamily ? 'short' : undefined,
    });
  }
  return undefined;
}
