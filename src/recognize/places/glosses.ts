// Rule: Chinese and Japanese places glossed with their Hanja in brackets, as news write them:
//   a known place and its gloss, 원저우(溫州)시 → 원저우 and 溫州, the gloss naming the same place;
//   an unknown word whose gloss is followed by a unit of administration, 위톈(于田)현, 신정(新鄭)시,
//   or whose unit is glossed, 발루치스탄주(州): the word is a place, named as written.
import type { Mention } from '../../types.js';
import { addMentions, type Found } from './found.js';
import { isHanja } from './hanja.js';
import { endsWord } from './remainder.js';
import { hangulRunEnd } from './text.js';

const OPEN = 0x28;
const CLOSE = 0x29;
/** Units a glossed name takes: 성 (province), 시, 현 (county), 주 (state), 구 and 진 (district, town). */
const UNITS = new Set([...'성시현주구진'].map((ch) => ch.charCodeAt(0)));
/** A Hanja unit alone in brackets (州, 省, 縣, 市; 海, 江, 山, 島 after a landform): it glosses the suffix, not the name. */
const HANJA_UNITS = new Set([...'州省縣県市海江山島'].map((ch) => ch.charCodeAt(0)));
// A name glossed this way has at least two syllables (一 or 中 glossing a one-syllable word is no name).
const MIN_NAME = 2;

/** The end of a Hanja gloss `(…)` starting at `i`, or -1. */
export function glossEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== OPEN || !isHanja(text.charCodeAt(i + 1))) return -1;
  let j = i + 1;
  while (isHanja(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === CLOSE ? j + 1 : -1;
}

/**
 * Mentions of the gloss right after the place `mentions` name, which ends at `end` (원저우(溫州)), added
 * to `out`; where the gloss ends, or -1.
 */
export function addGloss(out: Mention[], text: string, end: number, mentions: readonly Mention[]): number {
  const close = glossEnd(text, end);
  // A unit alone (콜로라도주(州)) glosses the suffix, not the name.
  const unitOnly = close - end === 3 && HANJA_UNITS.has(text.charCodeAt(end + 1));
  if (close >= 0 && !unitOnly) addMentions(out, text, end + 1, close - 1, mentions.map((m) => m.name), 'gloss');
  return close;
}

/** An unknown word at `start` that its gloss and unit show to be a place (위톈(于田)현, 발루치스탄주(州)). */
export function findGlossed(text: string, start: number, runEnd: number): Found | null {
  if (runEnd - start < MIN_NAME) return null;
  const close = glossEnd(text, runEnd);
  if (close < 0) return null;
  const glossedUnit = close - runEnd === 3 && HANJA_UNITS.has(text.charCodeAt(runEnd + 1)) && UNITS.has(text.charCodeAt(runEnd - 1));
  const unitAfter = UNITS.has(text.charCodeAt(close)) && endsWord(text, close + 1, hangulRunEnd(text, close + 1));
  if (!glossedUnit && !unitAfter) return null;
  const mentions: Mention[] = [];
  addMentions(mentions, text, start, runEnd, text.slice(start, runEnd), 'glossed');
  if (!glossedUnit) addMentions(mentions, text, runEnd + 1, close - 1, text.slice(start, runEnd), 'gloss');
  return { mentions, next: close };
}
