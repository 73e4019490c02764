// Names coordinated with a name already found: a list is made of one kind of thing, so in 박하늘, 스테파니,
// 윤보라와 제이든 or 앤디 카터, 마크 벨로 등 the words listed with a person are persons too. A word joined
// by 와/과 or a comma must look like a name (a Korean name, a transliteration); in a comma list of three or
// more where most items are names, any word that is no common word, place, body or title counts.
import type { Mention } from '../../types.js';
import { personMention, spacedName } from './mention.js';
import { isKoreanName, isOneSyllableName, looksForeign, mayBeLoneName } from './name-shape.js';
import { isListGap, type Token } from './tokens.js';

/** An item of a list: tokens[from..to], joined by spaces, a particle only on the last. */
interface Item {
  from: number;
  to: number;
  person: boolean;
  /**
   * Whether the item may be a name: it ends the phrase (a particle, a comma or punctuation after it),
   * not a noun's modifier (스페셜 게스트), and no word of it is in a found name.
   */
  closed: boolean;
}

/** Particles of means, cause or place, which end the phrase after a headline's topic rather than a list's item. */
const ADVERBIAL = new Set(['로', '으로', '에', '에서', '에도', '로도', '으로도']);

/** Most words in an item: a first and a family name. */
const MOST_WORDS = 2;

export function findCoordinated(text: string, tokens: Token[], covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  let run: Item[] = [];
  let comma = false; // whether a comma or middle dot joins the run
  for (let i = 0; i < tokens.length; ) {
    let to = i;
    // Joined words have only spaces between them, never a list's comma.
    while (to - i + 1 < MOST_WORDS && to + 1 < tokens.length && tokens[to + 1].joined && tokens[to].particle === '') to++;
    const last = tokens[to];
    const next = tokens[to + 1];
    const byComma = next !== undefined && isListGap(text, last.end, next.start) && last.particle === '';
    const byAnd = next !== undefined && next.joined && (last.particle === '와' || last.particle === '과');
    if (run.length === 0 && !byComma && !byAnd) {
      i = to + 1; // a word in no list, the common case
      continue;
    }
    // A person when all its words are inside a found name; a candidate when none is (not 함께한 | 박하늘 씨).
    const inside = covered[i] === 1 && covered[to] === 1;
    const outside = covered[i] === 0 && covered[to] === 0;
    const closed = last.particle !== '' || byComma || next === undefined || !next.joined || next.noun === '등';
    run.push({ from: i, to, person: inside, closed: closed && outside });
    comma ||= byComma;
    if (!byComma && !byAnd) {
      if (run.length >= 2) for (const m of namesOf(text, tokens, run, comma)) out.push(m); // a list may be huge: no spread
      run = [];
      comma = false;
    }
    i = to + 1;
  }
  return out;
}

function namesOf(text: string, tokens: Token[], run: Item[], comma: boolean): Mention[] {
  const persons = run.filter((it) => it.person).length;
  if (persons === 0) return [];
  const shapes = run.map((it) => (it.person ? 2 : shapeOf(tokens, it)));
  const named = shapes.filter((s) => s === 2).length;
  const loose = comma && run.length >= 3 && named * 2 >= run.length;
  const out: Mention[] = [];
  run.forEach((it, k) => {
    if (it.person || !it.closed || shapes[k] === 0 || (shapes[k] === 1 && !loose)) return;
    // 이정후, 멀티히트로 …; 손흥민, 부상에 …: a headline's topic and a comma, then an adverbial phrase, no list.
    if (comma && run.length === 2 && k === 1 && ADVERBIAL.has(tokens[it.to].particle)) return;
    const first = tokens[it.from];
    const last = tokens[it.to];
    const end = last.start + last.noun.length;
    out.push(personMention(text, first, last, spacedName(text, first.start, end), 'coordinated', {}, end));
  });
  return out;
}

/**
 * 2 for an item shaped like a name (a three-syllable Korean name; one or two words of which one is
 * transliterated), 1 for one that may be a stage name, 0 for anything else.
 */
function shapeOf(tokens: Token[], it: Item): number {
  let foreign = false;
  for (let k = it.from; k <= it.to; k++) {
    const noun = k === it.to ? tokens[k].noun : tokens[k].text;
    // 벤 로렌, 존 카터: a first name may have one syllable.
    if (!mayBeLoneName(noun) && !(k < it.to && isOneSyllableName(noun))) return 0;
    foreign ||= looksForeign(noun);
  }
  const only = tokens[it.from].noun;
  return foreign || (it.from === it.to && only.length === 3 && isKoreanName(only)) ? 2 : 1;
}
