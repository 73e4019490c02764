// Platforms are companies where they act (트위터는 발표했다), channels where something is posted on them.
import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

describe('platforms', () => {
  it('takes a platform as the subject or before a word for its people', () => {
    expect(texts('트위터는 새 기능을 발표했다.')).toEqual(['트위터']);
    expect(texts('유튜브 최고경영자가 사임했고 페이스북 측은 답하지 않았다.')).toEqual(['유튜브', '페이스북']);
  });

  it('leaves a platform used as a channel', () => {
    expect(texts('그는 인스타그램에 사진을 올리고 유튜브로 중계했다.')).toEqual([]);
    expect(texts('페이스북을 통해 밝혔다. 넷플릭스 드라마를 봤다.')).toEqual([]);
  });
});
