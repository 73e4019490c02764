// A body's short name in brackets between the body and a title: 김정훈 한국개발연구원(KDI) 연구위원,
// 이정민 한국소비자원(소비자원) 원장. The note only glosses the body, so the title rules read the phrase as
// if it were not there: the name, the body as its affiliation, then the title.
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { BODY_FINALS } from './name-shape.js';
import type { Token } from './tokens.js';

const OPEN = 0x28;
/** An acronym (KDI, IAEA, OECD) or a short Hangul name (소비자원). */
const SHORT_NAME = /^(?:[A-Z][A-Za-z&]{1,7}|[가-힣]{2,6})$/;
/** A word of Hangul only. */
const HANGUL_WORD = /^[가-힣]+$/;
/** Last syllables of bodies that BODY_FINALS leaves out: 기구, 기금, 공사, 공단, 은행, 센터, 재단, 협회. */
const MORE_BODY_ENDS = /(?:기구|기금|공사|공단|은행|센터|재단|연맹|연합|기관|협회)$/;

/** Whether a word names a body: a listed one, or by its ending (한국개발연구원, 세계보건기구). */
function namesBody(word: string): boolean {
  if (KNOWN_ORGS.has(word)) return true;
  // Three syllables may be a name noted with its party (김태원(새누리당) 의원).
  return word.length >= 4 && HANGUL_WORD.test(word) && (BODY_FINALS.has(word.at(-1)!) || MORE_BODY_ENDS.test(word));
}

/** The tokens with each such note left out and the title after it joined to the body. */
export function passOverShortNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null; // copied only once a note is found: most documents have none
  for (let i = 0; i < tokens.length; i++) {
    const title = i > 0 && text.charCodeAt(tokens[i - 1].end) === OPEN ? titleAfterNote(text, tokens, i - 1) : -1;
    if (title < 0) {
      out?.push(tokens[i]);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(tokens[title].joinedCopy());
    i = title;
  }
  return out ?? tokens;
}

/** The index of the title after a short name noted on the body tokens[b], or -1. */
function titleAfterNote(text: string, tokens: Token[], b: number): number {
  const body = tokens[b];
  if (!namesBody(body.text)) return -1;
  // Bounded: a bracket that does not close soon is no short name (and no scan to a far mark).
  const close = text.slice(body.end, body.end + 11).indexOf(')') + body.end;
  if (close < body.end || !SHORT_NAME.test(text.slice(body.end + 1, close))) return -1;
  let k = b + 1;
  while (k < tokens.length && tokens[k].start < close) k++;
  const title = tokens[k];
  return title !== undefined && title.title !== undefined && onlySpaces(text, close + 1, title.start) ? k : -1;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let p = from; p < to; p++) if (text.charCodeAt(p) !== 0x20) return false;
  return true;
}
