// 기자는 “…”: the article's own reporter (its byline) speaks only when asking; otherwise the text means
// another reporter. Invented articles.
import { describe, expect, it } from 'vitest';
import { speakers } from './helpers.js';

const BYLINE = '\n\n김하늘 기자 sky@hanbit.co.kr';

describe('a bare 기자 as the subject', () => {
  it('is not the byline reporter when it states something', () => {
    expect(speakers('언론 토론회가 11일 열렸다. 기자는 "취재가 막혔다"고 말했다.' + BYLINE)).toEqual([['취재가 막혔다', '기자']]);
    expect(speakers('[한빛일보 김하늘 기자] 토론회가 열렸다. 기자는 "취재가 막혔다"고 말했다.')).toEqual([['취재가 막혔다', '기자']]);
  });

  it('is the byline reporter when it asks', () => {
    expect(speakers('한 상인을 만났다. 기자가 "언제부터냐"고 묻자 상인은 고개를 저었다.' + BYLINE)[0]).toEqual(['언제부터냐', '김하늘']);
  });

  it('asks, and the pronoun after 묻자 is the one asked, not the reporter', () => {
    const text = '한 상인은 "손님이 끊겼다"고 말했다. 기자가 "언제부터냐"고 묻자 그는 "지난달부터"라고 답했다.' + BYLINE;
    expect(speakers(text).map(([, s]) => s)).toEqual(['상인', '김하늘', '상인']);
  });

  it('is a reporter the text names in its body', () => {
    const text = '토론회가 열렸다. 발제를 맡은 한빛방송 이수진 기자는 토론에 앞서 자료를 나눠줬다. 기자는 "취재가 막혔다"고 말했다.' + BYLINE;
    expect(speakers(text)).toEqual([['취재가 막혔다', '이수진']]);
  });
});
