// Speakers the article describes without naming: unnamed sources (정부 관계자) and described persons
// (서울 소재 대학의 형법 교수), written as the article gives them, without 한.
import type { DocContext } from './context.js';
import { isSurname, titleEnding } from './lexicons.js';
import type { Word } from './phrase.js';
import type { Resolved } from './resolved.js';

/** 정부의 한 관계자 → 정부 관계자; 미국 고위당국자; the description stays as the article gives it. */
export function unnamedSource(words: Word[], ctx: DocContext, source: string): Resolved {
  // At most four words, but never a surname cut from its title (박 전 장관 측 변호인).
  let kept = words.slice(words.length > 4 && isSurname(words[words.length - 5].text) ? -5 : -4);
  // 소속사 하늘엔터테인먼트 관계자 → 하늘엔터테인먼트 관계자: the body's name identifies it without the noun before it.
  const apposed = kept.findIndex((w, i) => i + 1 < kept.length && ctx.bodyAfterWord(w.text)?.mentions.some((m) => m.start === kept[i + 1].start));
  if (apposed >= 0 && apposed < kept.length - 2) kept = kept.slice(apposed + 1);
  // 그의 변호인 → 박철수 변호인: whose source it is, by the person the pronoun stands for (none: as written).
  const owner = POSSESSIVE.test(kept[0].text) && kept.length > 1 ? ctx.memory.lastNamed()?.name : undefined;
  const name = (owner ? [owner, ...kept.slice(1).map((w) => w.text)] : kept.map((w) => w.text.replace(/의$/, ''))).join(' ');
  return { name, entity: null, kind: 'source', title: source, mention: ctx.span(kept[0].start, kept[kept.length - 1].end), how: 'unnamed-source' };
}

/**
 * An unnamed person as the article describes them, without 한: 서울 소재 대학의 형법 교수. When the article
 * nearby also writes the description without its 의 (검사 출신의 변호사 … 검사 출신 변호사), the
 * shorter spelling names them, as the guidelines keep the shortest description.
 */
export function description(words: Word[], ctx: DocContext): Resolved {
  const kept = words.filter((w) => w.text !== '한');
  const mention = ctx.span(kept[0].start, kept[kept.length - 1].end);
  const title = titleEnding(kept[kept.length - 1].text);
  const name = kept.map((w) => w.text).join(' ');
  const short = kept.map((w, i) => (i < kept.length - 1 ? w.text.replace(GENITIVE, '') : w.text)).join(' ');
  const near = short !== name && ctx.text.slice(Math.max(0, mention.start - NEAR), mention.end + NEAR).includes(short);
  return { name: near ? short : name, entity: null, kind: 'source', title, mention, how: 'unnamed-source' };
}

/** A pronoun's genitive: 그의, 그녀의. */
const POSSESSIVE = /^(?:그|그녀)의$/;

/** A genitive 의 ending a word of two syllables or more (출신의; not 의 alone). */
const GENITIVE = /(?<=[가-힣A-Za-z0-9)])의$/;
/** How far (UTF-16 units) the shorter spelling of a description is looked for: a bounded window. */
const NEAR = 3000;
