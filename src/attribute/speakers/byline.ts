// The article's own reporter (its byline) speaks in its text only when asking, in the first person of
// news style (기자가 “언제부터냐”고 묻자); 기자는 “…”고 말했다 is another reporter the text speaks of.

/** A byline line: short (김하늘 기자 sky@hanbit.co.kr), or the name opens it in brackets or after an outlet=place mark. */
const SHORT_LINE = 40;
const BYLINE_HEAD = /^\s*[[【(]|=/;
/** A quote put as a question right after the phrase: “…”고 묻자, “…”냐고 물었다, “…”라고 질문하자. */
const ASKS = /[”"』」'’](?:이?라고|냐고|고)\s?(?:묻|물었|물어|질문)/;
/** How far after the phrase the quote and its verb may close. */
const SPAN = 240;

/** Whether the name at `at` is a byline's: [한빛일보 김하늘 기자], (서울=연합뉴스) 김하늘 기자 =, a last line 김하늘 기자. */
export function onBylineLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  if (to - from <= SHORT_LINE) return true;
  const head = text.slice(from, at);
  return head.length <= SHORT_LINE && BYLINE_HEAD.test(head);
}

/** Whether the quote after a subject ending at `end` is a question that subject puts. */
export function asksAfter(text: string, end: number): boolean {
  return ASKS.test(text.slice(end, end + SPAN));
}
