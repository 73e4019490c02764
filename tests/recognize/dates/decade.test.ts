import { describe, it } from 'vitest';
import { expectDates } from './util.js';

describe('decades', () => {
  it('gives the TIMEX3 decade value', () => {
    expectDates('1990년대 초 유행', [[0, '1990년대 초', '199', 'START']]);
  });

  it('places a two-digit decade in the latest century where it has begun', () => {
    expectDates('90년대 가요', [[0, '90년대', '199']]);
    expectDates('20년대 들어', [[0, '20년대', '202']]);
  });
});
