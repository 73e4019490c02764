// Errors found on invented articles in session 7b: a branch head read as surname + title, foreign family
// names in 가, a name with an age aside and 씨, and verb, source and event words read into a name.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a branch body with 장 is no surname + title', () => {
  it('reads no 지 in 지회장, 지사장 or 지원장', () => {
    expect(brief('지회장은 이날 기자회견을 열었다.')).toEqual([]);
    expect(brief('지사장이 현장을 찾았다. 지원장도 왔다.')).toEqual([]);
    expect(brief('하청지회 박영수 지회장은 말했다.')).toEqual(['박영수:박영수']);
  });

  it('still reads a surname fused to 회장', () => {
    expect(brief('김회장은 웃었다.')).toEqual(['김:김 회장(surname)']);
  });
});
