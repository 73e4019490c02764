// A word's noun and what follows it: the shared particle splitter plus the endings it leaves whole
// (대통령하고, 서기로부터, 사무국장인), and the title a word names.
import { splitParticle } from '../../korean/particles.js';
import { NOT_NAMES, titleEnding, TITLES } from './lexicon.js';

// Endings splitParticle leaves whole: 하고/이랑 (with), 께 (honorific), 에게서 (from), 엔/에선 (에는/에서는),
// 이던/였던/이자 (copula), and the copula closing a sentence or clause (장군이다, 교수였다, 장관이었다,
// 감독입니다, 의원이며). The copula 인 (사무국장인) is left to the apposition rule: too many names end in 인 (문재인).
const MORE_ENDINGS = /(?:에게서|하고|이랑|이던|였던|이자|에선|께|엔|이었다|이다|였다|입니다|이며)$/;
/** Particles that another particle may follow (회장에게까지, 감독에서도): they end no name. */
const STACKED = new Set(['에게', '에서', '한테']);

/**
 * A cached one-argument function of a word: news text repeats its words (Zipf), so each distinct word
 * is analysed once. The cache is emptied when it grows past `limit` words, which bounds its memory.
 */
export function perWord<T>(fn: (word: string) => T, limit = 200_000): (word: string) => T {
  const cache = new Map<string, { v: T }>();
  return (word) => {
    let hit = cache.get(word);
    if (hit === undefined) {
      if (cache.size >= limit) cache.clear();
      hit = { v: fn(word) };
      cache.set(word, hit);
    }
    return hit.v;
  };
}

/** The noun of a word and the particle or copula after it: 위원장이 → [위원장, 이], 대통령하고 → [대통령, 하고]. */
export const splitNoun = perWord(splitNounOnce);

function splitNounOnce(word: string): [string, string] {
  const split = splitParticle(word);
  if (split[1]) {
    const inner = splitParticle(split[0]);
    return STACKED.has(inner[1]) ? [inner[0], inner[1] + split[1]] : split;
  }
  const m = MORE_ENDINGS.exec(word);
  return m && m.index > 0 ? [word.slice(0, m.index), m[0]] : [word, ''];
}

export function hasParticle(word: string): boolean {
  return splitNoun(word)[1] !== '';
}

/** The title a word names, its particle set aside: 위원장이 → 위원장, 국무위원장은 → 국무위원장. */
export const titleOf = perWord(titleOfOnce);

function titleOfOnce(word: string): string | undefined {
  const [noun, particle] = splitNoun(word);
  if (NOT_NAMES.has(noun) && !TITLES.has(noun)) return undefined; // 주차장 ends in 차장 but is a car park
  if (titleEnding(word) !== undefined) return word;
  if (particle && titleEnding(noun) !== undefined) return noun;
  // 회장님은: the title with the honorific 님.
  if (particle && noun.length >= 3 && noun.endsWith('님') && TITLES.has(noun.slice(0, -1))) return noun.slice(0, -1);
  // 의원측은, 감독측도: the title's side, 측 written onto it.
  const side = noun.length >= 3 && noun.endsWith('측') ? noun.slice(0, -1) : undefined;
  return side !== undefined && TITLES.has(side) ? side : undefined;
}
