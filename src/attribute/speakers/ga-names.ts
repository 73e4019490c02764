// Foreign names ending in 가 (몬테르가, 오르테가, 베가) read as a stem and the nominative 가: the text shows
// the whole word is a name when it also writes it with another particle (몬테르가는, 몬테르가의, 몬테르가가).
import type { DocContext } from './context.js';

const PARTICLES = ['는', '가', '의', '를', '에게', '와', '도'];

/** Whether `word` (ending in 가) is a whole name: three syllables or more, written with another particle too. */
export function isNameEndingInGa(ctx: DocContext, word: string): boolean {
  return word.length >= 3 && word.endsWith('가') && /^[가-힣]+$/.test(word) && PARTICLES.some((p) => ctx.hasWord(word + p));
}

/** A stem ending in 가 once its particle is gone (몬테르가는 → 몬테르가): a noun, never the nominative. */
export const nounEndingInGa = (stem: string): boolean => stem.length >= 3 && stem.endsWith('가');
