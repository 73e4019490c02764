// Words (어절) and the noun phrase a subject particle closes: 홍민 통일연구원 선임연구위원은 → the phrase
// 홍민 통일연구원 선임연구위원, particle 은. Only spelling is read here; what the phrase names is resolve.ts's job.
import { particleFits } from '../../korean/particles.js';
import { loadList } from '../lexicon.js';
import { memo } from '../memo.js';
import { isKoreanName } from '../../recognize/persons/name-shape.js';
import type { Word } from '../words.js';
import { isTitle, sourceEnding, titleEnding } from './lexicons.js';

export type { Word } from '../words.js';

export interface NounPhrase {
  start: number;
  end: number;
  /** The words of the phrase, the last one without its particle or a trailing (…) aside. */
  words: Word[];
  particle: string;
}

const NON_SUBJECTS = new Set(loadList('speakers/non-subjects.txt'));

export const isNonSubject = (w: string): boolean => NON_SUBJECTS.has(w);

/** Last syllables of adnominal verb forms (연기한, 지낸, 오른, 전문가인): such a word ends a phrase. */
export const ADNOMINAL = /[을를은는이가에의한된던인낸온간난친른운할될쓴든준본]$/;
/** A word ending in a case particle that a verb governs (답변에, 회의에서, 책임을). */
const ARGUMENT = /(?:에|에서|을|를|으로)$/;

/**
 * A two-syllable word right after the argument it governs, ending as adnominal verbs do (ㄴ, ㄹ: 답변에
 * 나선, 책임을 질): a verb, though shaped like a name (나선) or a noun (초선 stands after no argument).
 */
export function verbAfterArgument(prev: string, word: string): boolean {
  if (word.length !== 2 || !ARGUMENT.test(prev)) return false;
  const c = word.charCodeAt(1) - 0xac00;
  const final = c >= 0 && c < 11172 ? c % 28 : -1;
  return final === 4 || final === 8; // ㄴ, ㄹ
}

const SUBJECT = /^([^\s"“”'‘’「」『』]+?)(께서는|께서|은|는|이|가|도)[,]?$/;
/** Stems that end in a case particle or verb ending, so 은/는 after them is not a subject: 에서는, 대해서는, 하는. */
const NOT_NOUN_END = /(?:에서|에게|한테|보다|부터|까지|으로|에|로|와|과|서|하|되|있|없|않|다|라|냐|지|며|고|리|루|르|같)$/;
/** A full name whose last syllable also ends verb stems (김유리, 이하루, 이준서; not 이어지는): a subject all the same. */
const nameWithVerbLikeEnd = (stem: string) => stem.length === 3 && /[리루서]$/.test(stem) && isKoreanName(stem);
const SHORT_SUBJECTS = /^(?:그|군|양|시|씨|측|팬|[一-龥])$/; // one-syllable stems that can be subjects: 그는, 美는, 시는 (the city), 김철수 씨는, 윤서진(17) 양은, 한 팬은

/** The subject a word closes (홍민은, 김 장관이, 한별(53)이), as a one-word phrase, or null. */
export function subjectWord(w: Word): NounPhrase | null {
  const t = w.text;
  // Most words end otherwise: tested before the look-up, which must hash the word.
  let last = t.charCodeAt(t.length - 1);
  if (last === 0x2c) last = t.charCodeAt(t.length - 2); // ,
  if (PARTICLE_LAST[last] !== 1) return null;
  const split = subjectSplit(t);
  if (!split) return null;
  const [stem, particle] = split;
  return { start: w.start, end: w.start + stem.length, words: [{ start: w.start, end: w.start + stem.length, text: stem }], particle };
}

/** Last syllables of the particles SUBJECT reads: 은 는 이 가 도, 께서(는); a table read per word. */
const PARTICLE_LAST = new Uint8Array(65536);
for (const c of '은는이가도서') PARTICLE_LAST[c.charCodeAt(0)] = 1;

/** A word read as subject stem + particle, or null; by spelling alone, so remembered by the word. */
const subjectSplit = memo((word: string): [string, string] | null => {
  const m = SUBJECT.exec(word);
  if (!m) return null;
  let stem = m[1];
  const particle = m[2];
  let ok = /[가-힣]$/.test(stem) ? particleFits(stem, particle) || particle.startsWith('께') : true;
  const aside = /\([^()]*\)$/.exec(stem); // 한별(53)이, 영업본부장(사장)이
  if (aside && aside.index > 0) {
    stem = stem.slice(0, aside.index);
    ok = true;
  }
  if (!ok || !/[가-힣A-Za-z一-龥]/.test(stem)) return null;
  if (stem.length < 2 && !SHORT_SUBJECTS.test(stem)) return null; // 밝은, 많은: adjectives
  // 아버지는, 관리는: a source noun ending as verb stems do is a subject all the same.
  if (NON_SUBJECTS.has(stem) || (NOT_NOUN_END.test(stem) && !isTitle(stem) && !titleEnding(stem) && !nameWithVerbLikeEnd(stem) && !sourceEnding(stem))) return null;
  return [stem, particle];
});

/**
 * Extends a one-word subject leftward over the words of its noun phrase (at most five more), as far as
 * `part` accepts them: names, titles, bodies, 한, 이 (이 당국자), X의 (한빛화재의 정우진 감독); a word
 * `first` accepts ends it, and so does an X의 word when `stopAtGenitive` (a titled head's description
 * goes on: 서울 소재 대학의 형법 교수).
 */
export function extendPhrase(
  words: readonly Word[],
  index: number,
  np: NounPhrase,
  part: (w: Word, next: Word, prev: Word | undefined) => boolean,
  first: (w: Word, next: Word) => boolean,
  stopAtGenitive: boolean,
): NounPhrase {
  const out = [...np.words];
  let i = index - 1;
  while (i >= 0 && out.length < 6 && words[i].end + 1 === out[0].start && part(words[i], out[0], words[i - 1])) {
    const w = words[i];
    if (stopAtGenitive && w.text.endsWith('의') && w.text.length > 1) {
      out.unshift({ start: w.start, end: w.end - 1, text: w.text.slice(0, -1) }); // nothing before an 의-word belongs
      break;
    }
    const next = out[0];
    out.unshift(w);
    if (first(w, next)) break; // 무대에 오른 정 후보: a lone surname opens the phrase
    i--;
  }
  return { start: out[0].start, end: np.end, words: out, particle: np.particle };
}
