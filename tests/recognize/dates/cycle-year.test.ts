import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('years written with their name in the sixty-year cycle', () => {
  it('reads the number and the name as one year', () => {
    expectDates('2018 무술년 새해가 밝았다.', [[0, '2018 무술년', '2018']]);
    expectDates('2025년 을사년 첫날', [[0, '2025년 을사년', '2025']]);
  });

  it('leaves out a name that is not the year\'s own, and a name alone', () => {
    expectNoDates('2018 무진년 새해');
    expectNoDates('기미년 독립선언');
  });
});
