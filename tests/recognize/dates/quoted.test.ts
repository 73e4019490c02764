// 오늘, 어제, 내일 inside quotation marks count from the day the words were said.
import { describe, it } from 'vitest';
import { expectDates } from './util.js';

describe('relative days inside a quotation', () => {
  it('count from the story day just before publication', () => {
    expectDates('배우 가람이 25일 별세했다.\n동료는 “어제 병원에서 뵈었는데 오늘 떠나셨다”고 말했다.', [
      [7, '25일', '2025-09-25'], [22, '어제', '2025-09-24'], [35, '오늘', '2025-09-25'],
    ], '2025-09-26');
  });

  it('count from publication outside a quotation, or when the story day is not just before', () => {
    expectDates('배우 가람이 25일 별세했다.\n동료는 오늘 빈소를 찾았다.', [[7, '25일', '2025-09-25'], [21, '오늘', '2025-09-26']], '2025-09-26');
    expectDates('사고는 지난 20일 났다.\n그는 “어제 현장에 갔다”고 했다.', [[4, '지난 20일', '2025-09-20'], [19, '어제', '2025-09-25']], '2025-09-26');
  });

  it('count from publication when a day later in the sentence says when the words were said', () => {
    expectDates('사고는 25일 났다.\n그는 “어제 현장에 갔다”고 26일 말했다.', [[4, '25일', '2025-09-25'], [16, '어제', '2025-09-25'], [28, '26일', '2025-09-26']], '2025-09-26');
  });
});
