// Speaker errors found in invented articles (round 9): panels, analysts, columns, headlines with two sides.
// Each case names a class of error, not one sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

function said(text: string): Array<[string, string | null]> {
  return extract(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('the owner of the words named after them: X의 평가다, X의 호소다', () => {
  it('reads the copula 다 after a noun ending in a vowel (평가다, 얘기다), not only 이다', () => {
    const text = '김 의원은 "싸우겠다"고 말했다. "버텨야 한다"는 게 박민수 교수의 평가다.';
    expect(said(text).at(-1)).toEqual(['버텨야 한다', '박민수']);
    const line = '김 의원은 "싸우겠다"고 말했다. "버텨야 한다." 박민수 교수의 얘기다.';
    expect(said(line).at(-1)).toEqual(['버텨야 한다.', '박민수']);
  });

  it('knows words for pleas and sighs (호소, 한숨, 당부) as owned words', () => {
    const plea = '김 의원은 "싸우겠다"고 말했다.\n\n"돌봄 공백부터 메워야 합니다." 워킹맘 대표로 참석한 이하늘씨의 호소다.';
    expect(said(plea).at(-1)).toEqual(['돌봄 공백부터 메워야 합니다.', '이하늘']);
    const sigh = '최 위원은 "안정될 것"이라고 말했다. "수입 물가가 걱정입니다." 유통업체를 운영하는 정대호(55) 대표의 한숨이다.';
    expect(said(sigh).at(-1)).toEqual(['수입 물가가 걱정입니다.', '정대호']);
  });
});
