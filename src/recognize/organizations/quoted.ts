// A name in quotation marks that the words around it call a body: after a word for one (결혼정보회사
// '누리짝', 모임인 ‘한빛회’) or before 라는 and such a word ('누리벤처'라는 회사). Without the marks these
// words head ordinary nouns too (업체 직원, 기업 이미지), so only a quoted name is taken. It may have
// several words ('누리 소사이어티'). Unquoted, a name is taken only when written on with 라는 (누리짝이라는 회사).
import { hasBatchim } from '../../korean/particles.js';
import { isHangul } from './scan.js';

const BODIES = ['회사', '업체', '기업', '단체', '모임', '정당', '법인', '재단', '출판사', '언론사', '방송사', '신문사', '스타트업', '동호회'];
const OPEN_TO_CLOSE = new Map([[0x27, 0x27], [0x2018, 0x2019], [0x22, 0x22], [0x201c, 0x201d]]);
const NAME = /^[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&· ]{0,18}[가-힣A-Za-z0-9&]$/;
const CALLED = new RegExp(`^(?:이)?라는 (?:${BODIES.join('|')})`);
const BODY_AFTER = new RegExp(`^ (?:${BODIES.join('|')})`);
// Words that point at a body rather than name it (우리라는 회사, 그곳이라는 단체).
const POINTERS = new Set(['우리', '저희', '이곳', '그곳', '여기', '거기', '이것', '그것', '하나', '이름', '가족', '자신', '자기']);
const NEUN = '는'.charCodeAt(0);
const RA = '라'.charCodeAt(0);
const I = '이'.charCodeAt(0);
const BODY_BEFORE = new RegExp(`(?:${BODIES.join('|')})인? $`);

/** The length of a name written on with (이)라는 before a word for a body (누리짝이라는 회사), or 0. */
export function calledAt(text: string, start: number, end: number): number {
  if (end - start < 4 || text.charCodeAt(end - 1) !== NEUN || text.charCodeAt(end - 2) !== RA) return 0;
  const name = text.slice(start, text.charCodeAt(end - 3) === I ? end - 3 : end - 2);
  const fits = name.length === end - 3 - start ? hasBatchim(name) : !hasBatchim(name); // 이라는 after a final consonant
  return fits && name.length >= 2 && !POINTERS.has(name) && /^[가-힣A-Za-z0-9&]+$/.test(name) && BODY_AFTER.test(text.slice(end, end + 6)) ? name.length : 0;
}

/** The length of a quoted name that starts at `start`, right after its opening mark, or 0. */
export function quotedNameAt(text: string, start: number): number {
  const close = OPEN_TO_CLOSE.get(text.charCodeAt(start - 1));
  if (close === undefined) return 0;
  let end = start;
  while (end < text.length && end - start <= 20 && text.charCodeAt(end) !== close) end++; // bounded: no scan to a far mark
  if (text.charCodeAt(end) !== close || !NAME.test(text.slice(start, end))) return 0;
  // 환자단체 “생명 볼모” 반발, 의사단체 "유감": words of several words, or any in double marks (the marks
  // of speech), with nothing written on after them are a headline's quote of the body, not its name
  // ('누리 소사이어티'가 and ‘한빛회’ are names).
  const speech = close === 0x22 || close === 0x201d;
  if ((speech || text.slice(start, end).includes(' ')) && !isHangul(text.charCodeAt(end + 1))) return 0;
  const before = BODY_BEFORE.test(text.slice(Math.max(0, start - 10), start - 1));
  return before || CALLED.test(text.slice(end + 1, end + 10)) ? end - start : 0;
}
