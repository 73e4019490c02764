import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';
import { expectDates } from './util.js';

describe('bare days', () => {
  it('is the latest such day on or before the publication date', () => {
    expectDates('김 위원장이 4일 접견했다고 5일 보도했다.', [[7, '4일', '2025-06-04'], [16, '5일', '2025-06-05']]);
    expectDates('29일 발표했다.', [[0, '29일', '2025-05-29']]);
  });

  it('leaves particles out', () => {
    expectDates('4일에는 비가 왔다.', [[0, '4일', '2025-06-04']]);
    expectDates('4일부터 7일까지', [[0, '4일', '2025-06-04'], [5, '7일', '2025-06-07']]);
  });

  it('reads 지난 and 오는', () => {
    expectDates('지난 4일 만났다.', [[0, '지난 4일', '2025-06-04']]);
    expectDates('오는 15일 열린다.', [[3, '15일', '2025-06-15']]);
    expectDates('오는 3일 개막', [[3, '3일', '2025-07-03']]);
  });

  it('is in the future when the verb says so, later this month', () => {
    expectDates('15일 열릴 예정이다.', [[0, '15일', '2025-06-15']]);
    expectDates('15일 개최한다.', [[0, '15일', '2025-06-15']]);
    expectDates('15일 발표했다.', [[0, '15일', '2025-05-15']]);
    expectDates('1일 종영한다.', [[0, '1일', '2025-07-01']], '2025-06-28');
  });

  it('never moves an earlier day to next month on a verb alone, when next month is far', () => {
    expectDates('3일 회담을 열 계획이다.', [[0, '3일', '2025-06-03']], '2025-06-20');
  });

  it('does not take tense from words inside quotation marks', () => {
    expectDates('그는 15일 “다시 오겠다”고 말했다.', [[3, '15일', '2025-05-15']]);
  });

  it('takes the side 오는 gives the same day elsewhere in the article', () => {
    expectDates('17일 NSC 개최\n청와대는 오는 17일 회의를 연다.', [[0, '17일', '2025-06-17'], [19, '17일', '2025-06-17']], '2025-06-16');
  });

  it('gives a span of days no value', () => {
    expectDates('3∼5일 열린다', [[0, '3∼5일', null]]);
  });

  it('keeps the date when a time of day follows without a space', () => {
    expectDates('3일오전 10시 기준', [[0, '3일', '2025-06-03']]);
  });
});

describe('bare days in headlines', () => {
  it('takes a day a few days ahead as coming when nothing says otherwise', () => {
    const text = '靑, 17일 오전 NSC 개최\n정부는 18일 발표했다.';
    const cut = text.indexOf('\n');
    const seg = {
      text,
      sentences: [
        { start: 0, end: cut, text: text.slice(0, cut), kind: 'headline' as const },
        { start: cut + 1, end: text.length, text: text.slice(cut + 1), kind: 'body' as const },
      ],
      skip: [],
    };
    expect(findDates(seg, '2025-06-16').map((d) => d.value)).toEqual(['2025-06-17', '2025-05-18']);
  });
});
