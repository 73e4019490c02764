// Speed on long and adversarial text: every pattern is linear.
import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/recognize/organizations/index.js';

const seg = (text: string) => ({ text, sentences: [], skip: [] });

describe('linear time', () => {
  it('handles long runs of brackets, equals signs and letters quickly', () => {
    const units = ['[가=', '(가나다라마바사아자차카타파하', 'A'.repeat(50) + ' ', '가(나)', '/가나\n', 'ⓒ가나 '];
    // and the context rules: chains of ·, introducers, 보도, 당국, places before bodies
    units.push('가나·', '매체 가나 ', '가나가 보도', '사법 당국 ', '서울 가나연구원 ', '한빛지법 형사1부 ');
    // quoted names and names written on with 라는, platforms
    units.push("'가나 ", '회사 ‘가나다 ', '가나라는 회사 ', '트위터는 ', '통일부(' + 'Ab '.repeat(20));
    for (const unit of units) {
      const text = unit.repeat(200_000 / unit.length);
      const t = performance.now();
      findOrganizations(seg(text));
      expect(performance.now() - t, unit).toBeLessThan(3000);
    }
  });

  it('skips the ranges the segmenter marks as not prose', () => {
    const text = '통일부 https://example.com/통일부 외교부';
    const at = text.indexOf('https');
    const found = findOrganizations({ text, sentences: [], skip: [{ start: at, end: at + 24 }] });
    expect(found.map((m) => m.text)).toEqual(['통일부', '외교부']);
  });
});
