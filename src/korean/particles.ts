// Korean particles (조사) that follow a noun, and the 받침 test that picks between their forms.
import Hangul from 'hangul-js';

/** True when the last syllable has a final consonant (받침): 홍민 → true, 러시아 → false. */
export function hasBatchim(word: string): boolean {
  const last = word.at(-1) ?? '';
  return Hangul.isComplete(last) && Hangul.endsWithConsonant(last);
}

/** True when the last syllable ends in ㄹ, which takes 로 rather than 으로. */
export function endsWithRieul(word: string): boolean {
  const last = word.at(-1) ?? '';
  return Hangul.isComplete(last) && Hangul.disassemble(last).at(-1) === 'ㄹ';
}

// Longest first so that 에서는 wins over 에서 and 에.
export const PARTICLES: readonly string[] = [
  '에서부터', '으로부터', '으로서는', '보다도', '까지도', '조차도', '에게서는', '로서는', '이라는', '이라고', '에서는', '에서도', '에서의', '으로는', '으로도', '으로서',
  '으로써', '에게는', '에게도', '한테는', '까지는', '부터는', '에서', '에게', '한테', '으로', '까지', '부터', '보다',
  '처럼', '마저', '조차', '이든', '이나', '이며', '이란', '라는', '라고', '과의', '와의', '에는', '에도', '에의', '로는',
  '로도', '로서', '로써', '로부터', '에서만', '으로의', '와는', '과는', '께서', '로의', '만의', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만', '나', '란',
];

/** Particle forms that only follow a syllable with 받침 (은, 이, 을, 과, 으로 …) or only one without (는, 가, 를, 와, 로 …). */
const NEEDS_BATCHIM = new Set(['은', '이', '을', '과', '으로', '이든', '으로서는', '이나', '이며', '이란', '이라는', '이라고', '과의', '으로는', '으로도', '으로서', '으로써', '으로부터', '과는', '으로의']);
const NEEDS_NO_BATCHIM = new Set(['는', '가', '를', '와', '로', '로서는', '나', '란', '라는', '라고', '와의', '로는', '로도', '로서', '로써', '와는', '로의', '로부터']);

/**
 * Whether `particle` may follow `noun` by the 받침 rule. Digits and Latin letters (G7은, 3일은) carry
 * no 받침 that hangul-js can read, so either form is accepted after them.
 */
export function particleFits(noun: string, particle: string): boolean {
  const last = noun.at(-1) ?? '';
  if (!Hangul.isComplete(last)) return true;
  if (particle.startsWith('로') && endsWithRieul(noun)) return true;
  if (NEEDS_BATCHIM.has(particle)) return hasBatchim(noun);
  if (NEEDS_NO_BATCHIM.has(particle)) return !hasBatchim(noun);
  return true;
}

// Particles by length, longest first, so a word's ending is looked up a few times, not once per particle.
const BY_LENGTH: ReadonlyArray<[number, ReadonlySet<string>]> = [...new Set(PARTICLES.map((p) => p.length))]
  .sort((a, b) => b - a)
  .map((n) => [n, new Set(PARTICLES.filter((p) => p.length === n))]);

/** Splits a word into its noun and the longest trailing particle that fits it: 중국에서 → [중국, 에서]. */
export function splitParticle(word: string): [string, string] {
  for (const [n, set] of BY_LENGTH) {
    if (word.length <= n) continue;
    const p = word.slice(-n);
    if (!set.has(p)) continue;
    const noun = word.slice(0, -n);
    if (particleFits(noun, p)) return [noun, p];
  }
  return [word, ''];
}
