// A body told by its head noted in brackets after its name: 누리게임즈(대표 김민수)가, 한빛재단(이사장
// 박하늘)은, 특별위원회(위원장 홍길동). Only a word of a name's shape right before the bracket, and a
// title of a body's head, then a name of two to four syllables.
const HEAD_NOTE = /^\((?:대표|대표이사|회장|사장|이사장|원장|위원장|의장|총장|단장|소장|관장)\s[가-힣]{2,4}(?:\)|[·,])/;
/** A Latin name of two letters or more (KT), a Korean one of three syllables or more (not 그는). */
const NAME = /^(?:[A-Za-z][0-9A-Za-z가-힣&]{1,19}|[가-힣][0-9A-Za-z가-힣&]{2,19})$/;

/** The length of the name making up the word text[start, end) before a note of its head, or 0. */
export function headNoteAt(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 0x28 || !HEAD_NOTE.test(text.slice(end, end + 16))) return 0;
  return NAME.test(text.slice(start, end)) ? end - start : 0;
}
