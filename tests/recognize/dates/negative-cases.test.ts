// What must NOT be found: durations, counts, ages, times of day, recurring days, numbers inside names.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';
import { segment } from '../../../src/segment/index.js';
import { expectDates, expectNoDates } from './util.js';

describe('not dates', () => {
  it.each([
    ['durations', '3년간 일했다. 3일 동안 머물렀다. 5개월 만에 돌아왔다. 4일간 열린다. 2일 만에 끝났다.'],
    ['counts and offsets', '3일째 파업 중이다. 3일 전 떠났다. 3일 후 돌아온다. 3일가량 걸린다. 5일 이상 쉬었다.'],
    ['ages and times of day', '30세 남성이 오후 3시 30분 도착했다. 1990년생'],
    ['recurring days and work weeks', '주 5일 근무. 3박 4일 일정. 매월 1일 발행. 매년 5월 열린다. 해마다 5월이면 열린다. 달마다 5일 낸다.'],
    ['prison terms', '징역 2년 6월을 선고했다.'],
    ['numbers inside names', '5·18 기념식. 2024 노벨문학상. 2013-2014시즌. 4.3 사건'],
    ['weeks', '지난주 발표했다. 다음 주 열린다. 이번 주 안에'],
    ['numbers too large to be a day or month', '32일 13월 100일'],
    ['decimals and thousands', '2.5일 1,000일'],
    ['a date word after a number', '노인이 30.8명일 정도로'],
  ])('%s', (_name, text) => expectNoDates(text));

  it('finds nothing in a caption URL', () => {
    const text = '사진 4일 촬영 https://a.b/2025/06/06/x.jpg';
    expectDates(text, [[3, '4일', '2025-06-04']]);
  });
});

describe('skipped ranges', () => {
  it('finds nothing inside seg.skip', () => {
    const text = '4일 촬영 (2025년 6월 5일 사진)';
    const skip = [{ start: text.indexOf('('), end: text.length }];
    const found = findDates({ ...segment(text), skip }, '2025-06-06');
    expect(found.map((d) => d.text)).toEqual(['4일']);
  });
});

describe('comparisons', () => {
  it('does not read the difference of a comparison as a day', () => {
    expectDates('첫눈은 작년보다 9일 늦었다.', [[4, '작년', '2024']]);
    expectDates('무엇보다 4일 발표된 지표', [[5, '4일', '2025-06-04']]);
  });
});
