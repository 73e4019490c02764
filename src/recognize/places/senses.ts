// Rule: a place name that is also an ordinary word (인도 handing over or a pavement, 대전 a war or contest)
// is no place when the word before or after it gives that sense (범죄인 인도, 인도 요청, 세계 대전), or a
// word near it does (차량이 인도로 돌진); see data/senses.txt.
import { readRows } from './data.js';
import { hangulRunEnd, isHangul } from './text.js';

interface Sense {
  before: string[];
  after: string[];
  near: string[];
}

const SENSES = new Map<string, Sense>();
/** First characters of those names: most place names start otherwise and cost no string. */
const FIRST = new Uint8Array(0x10000);
for (const [name, before = '', after = '', near = ''] of readRows('senses.txt')) {
  const list = (s: string): string[] => s.split(',').filter(Boolean);
  SENSES.set(name, { before: list(before), after: list(after), near: list(near) });
  FIRST[name.charCodeAt(0)] = 1;
}

const SPACE = 0x20;
/** How far (UTF-16 units) on either side a `near` word is looked for: about a clause. */
const NEAR = 40;

/** True when the place name text[start, end) is meant in its ordinary sense here. */
export function ordinarySense(text: string, start: number, end: number): boolean {
  if (FIRST[text.charCodeAt(start)] === 0) return false;
  const sense = SENSES.get(text.slice(start, end));
  if (sense === undefined) return false;
  if (text.charCodeAt(start - 1) === SPACE) {
    let from = start - 1;
    while (from > 0 && start - 1 - from < 10 && isWordChar(text.charCodeAt(from - 1))) from--;
    const word = text.slice(from, start - 1);
    if (word !== '' && sense.before.some((b) => word.endsWith(b))) return true;
  }
  if (text.charCodeAt(end) === SPACE && isHangul(text.charCodeAt(end + 1))) {
    const next = text.slice(end + 1, hangulRunEnd(text, end + 1));
    if (sense.after.some((a) => next.startsWith(a))) return true;
  }
  return nearSense(text, start, end, sense) || topicalSense(text, text.slice(start, end), sense);
}

/** Whether a word of the ordinary sense stands within about a clause of text[start, end). */
function nearSense(text: string, start: number, end: number, sense: Sense): boolean {
  if (sense.near.length === 0) return false;
  const around = text.slice(Math.max(0, start - NEAR), end + NEAR);
  return sense.near.some((w) => around.includes(w));
}

/**
 * One sense per article for a name read by its topic: once a report of a car mounting the pavement (인도로
 * 돌진) shows 인도's ordinary sense, a witness's "차가 인도로 올라왔다" means it too. Worked out once per name
 * and document (the last document's answers are kept).
 */
let topicText: string | null = null;
const topics = new Map<string, boolean>();

function topicalSense(text: string, name: string, sense: Sense): boolean {
  if (sense.near.length === 0) return false;
  if (text !== topicText) {
    topicText = text;
    topics.clear();
  }
  let ordinary = topics.get(name);
  if (ordinary === undefined) {
    ordinary = false;
    for (let at = text.indexOf(name); at >= 0 && !ordinary; at = text.indexOf(name, at + 1)) ordinary = nearSense(text, at, at + name.length, sense);
    topics.set(name, ordinary);
  }
  return ordinary;
}

const isWordChar = (c: number): boolean => isHangul(c) || (c >= 0x30 && c <= 0x39);
