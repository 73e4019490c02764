// A name opening a headline, followed by a quotation.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a name before a quotation in a headline', () => {
  it('reads the name', () => {
    expect(brief('박서하 “다음 시즌도 자신 있다”')).toEqual(['박서하:박서하']);
    expect(brief('[인터뷰] 정태균 ‘첫 우승’ 소감 밝혀')).toEqual(['정태균:정태균']);
  });

  it('leaves a quoted word, one inside a sentence and a city alone', () => {
    expect(brief("태풍 '한라산'이 북상했다.")).toEqual([]);
    expect(brief('원제인 "홀로 선 길"이라는 제목')).toEqual([]);
    expect(brief('신상품을 냈으며, 남성복 ‘블루’는 인기다.')).toEqual([]);
    expect(brief('인천시 "착공 차질 없다"…부산시 "검토 중"')).toEqual([]);
  });
});
