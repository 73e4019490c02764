// Column widths agree with string-width (what cli-table3 uses) on Korean, Latin, CJK, emoji and marks.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/width.js';

describe('textWidth', () => {
  it.each(['홍민', 'abc', '韓 새 정부', '“인용”', '（全角）', 'ｱ', '한글 ABC 123', 'e\u0301', '🙂'])('%s', (s) => {
    expect(textWidth(s)).toBe(stringWidth(s));
  });

  it('gives zero-width characters no column (string-width 4 counts U+200B as one)', () => {
    expect(textWidth('각\u200b\u200d')).toBe(2);
  });

  it('counts every Hangul syllable as two columns', () => {
    for (let cp = 0xac00; cp <= 0xd7a3; cp += 97) expect(textWidth(String.fromCodePoint(cp))).toBe(2);
  });
});
