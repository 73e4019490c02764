// Outlets told by the words around them: a word that introduces an outlet before the name (영국 일간
// 가디언은, 전문매체인 '더힐'이, 국제뉴스매체 누리넷이), or 보도 after it (누리일보가 9일 보도했다,
// 누리일보 보도에 따르면). data/media-words.txt lists the introducing words and the words that are no name.
import { PLACES } from '../places/lexicon.js';
import { readList } from './lists.js';

const WORDS = readList('media-words.txt');
const INTRODUCERS = new Set(WORDS.filter((w) => !w.startsWith('=')));
const NOT_NAMES = new Set(WORDS.filter((w) => w.startsWith('=')).map((w) => w.slice(1)));
// The whole word before (not the 일간 of 3일간), then a space and perhaps an opening mark.
const WORD_BEFORE = /(?:^|[^0-9A-Za-z가-힣])([가-힣]+) ['‘"“]?$/;
// The outlet as the subject of 보도했다 (not 발표했다고 보도했다), or whose 보도 is cited.
const REPORTED_AFTER = /^['’"”]?(?:이|가|은|는) (?:[0-9]{1,2}일(?:\([^)]{1,6}\))? )?보도(?:했|하|한)|^['’"”]?의? 보도에 따르면/;
const NAME = /^[0-9A-Za-z가-힣&]{2,12}$/;

/** True when `name`, written at text[start], is an outlet by the words around it. */
export function isOutletByContext(text: string, start: number, name: string): boolean {
  if (!NAME.test(name) || NOT_NAMES.has(name) || PLACES.matchesAt(name, 0)[0]?.end === name.length) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  const introducer = before.endsWith('인') && before.length > 2 ? before.slice(0, -1) : before; // 전문매체인
  if (INTRODUCERS.has(introducer) || introducer.endsWith('매체')) return true;
  return REPORTED_AFTER.test(text.slice(start + name.length, start + name.length + 24));
}
