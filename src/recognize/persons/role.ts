// Characters of dramas and films (persons by the guidelines) and the actors who play them:
// 주혁 역을, '주혁' 역을, 주혁을 연기한, 최수아로 분했다, 연주(김혜수 분).
import type { Mention } from '../../types.js';
import { NOT_NAMES } from './lexicon.js';
import { personMention } from './mention.js';
import { nameIn } from './name-shape.js';
import { firstEndingAfter, type Token } from './tokens.js';
import { ROLE_VERB } from './word-flags.js';

const CHARACTER = /^[가-힣]{2,4}$/;

/** `verbs`: the indices of the words flagged ROLE_VERB. */
export function findRoles(text: string, tokens: Token[], verbs: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of wordsBeforeRoles(text, tokens, verbs)) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // The context first, as it rules out almost every word: a bracket after the word, or a role verb.
    const bracket = text.charCodeAt(t.end) === 0x28;
    if (!bracket && !(next.flags & ROLE_VERB && (next.joined || quoted(text, t, next)) && playsRole(t.particle, next))) continue;
    const { noun, particle } = t;
    if (!CHARACTER.test(noun) || NOT_NAMES.has(noun) || t.nounTitle !== undefined) continue;
    if (!bracket) {
      out.push(personMention(text, t, t, noun, 'character', {}, t.start + noun.length));
      continue;
    }
    // 연주(김혜수 분): the character, and the actor before 분.
    const actor = next;
    const bun = tokens[i + 2];
    const name = nameIn(actor.text);
    if (particle === '' && name === actor.text && bun?.joined && bun.text === '분' && text[bun.end] === ')') {
      out.push(personMention(text, t, t, noun, 'character'), personMention(text, actor, actor, name, 'actor', { title: '배우' }));
    }
  }
  return out;
}

/**
 * The words right before a role verb or an opening bracket (written onto it), in text order: only they
 * can name a character. Found from the verbs' list and the brackets, which are far fewer than the words.
 */
function wordsBeforeRoles(text: string, tokens: Token[], verbs: number[]): number[] {
  const out: number[] = [];
  for (const j of verbs) if (j >= 1) out.push(j - 1);
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const k = firstEndingAfter(tokens, p) - 1; // the last word ending at or before the bracket
    if (k >= 0 && tokens[k].end === p && k + 1 < tokens.length) out.push(k);
  }
  return out.sort((a, b) => a - b).filter((i, n) => n === 0 || out[n - 1] !== i);
}

/** '주혁' 역, ‘주혁’역: the character's name in quotation marks before the role word. */
function quoted(text: string, t: Token, next: Token): boolean {
  if (!OPENING_QUOTES.has(text.charCodeAt(t.start - 1)) || !CLOSING_QUOTES.has(text.charCodeAt(t.end))) return false;
  return next.start === t.end + 1 || (next.start === t.end + 2 && text.charCodeAt(t.end + 1) === 0x20);
}

const OPENING_QUOTES = new Set([0x27, 0x22, 0x2018, 0x201c]);
const CLOSING_QUOTES = new Set([0x27, 0x22, 0x2019, 0x201d]);

/** A word that may say a role is played (역, 연기한, 분했다), whatever the word before it: per distinct word. */
export function mayPlayRole(word: string, noun: string): boolean {
  return noun === '역' || word.startsWith('연기') || ROLE_VERBS.test(word);
}

const ROLE_VERBS = /^분(?:했|한|해|하)/;

/** 주혁 역, 주혁을 연기한, 최수아로 분했다: the word before `verb` (with `particle`) names a role. */
function playsRole(particle: string, verb: Token): boolean {
  return (
    (particle === '' && verb.noun === '역' && verb.particle !== '도') || // not 역도 'weightlifting'
    ((particle === '을' || particle === '를') && verb.text.startsWith('연기')) ||
    ((particle === '로' || particle === '으로') && ROLE_VERBS.test(verb.text))
  );
}
