import { describe, it } from 'vitest';
import { expectDates } from './util.js';

describe('days joined to a neighbouring date', () => {
  it('puts the end of a span of days in the month of its start', () => {
    expectDates('전시는 1999년 4월 10일부터 25일까지 열렸다.', [[4, '1999년 4월 10일', '1999-04-10'], [19, '25일', '1999-04-25']]);
    expectDates('축제는 오는 12일부터 15일까지 열린다.', [[7, '12일', '2025-06-12'], [13, '15일', '2025-06-15']], '2025-06-10');
    expectDates('행사는 오는 5일부터 8일까지 열린다.', [[7, '5일', '2025-07-05'], [12, '8일', '2025-07-08']], '2025-06-20');
  });

  it('puts a day listed after a date in its month', () => {
    expectDates('회의는 지난 2월 3일과 9일 열렸다.', [[4, '지난 2월 3일', '2025-02-03'], [14, '9일', '2025-02-09']]);
  });

  it('leaves a day alone when it is earlier than the date or not joined to it', () => {
    expectDates('2019년 3월 20일부터 5일간 열렸다.', [[0, '2019년 3월 20일', '2019-03-20']]);
    expectDates('2019년 3월 20일 개막했다. 4일 폐막했다.', [[0, '2019년 3월 20일', '2019-03-20'], [19, '4일', '2025-06-04']]);
  });

  it('reads a number listed before a day as a day of the same month', () => {
    expectDates('두 정상은 지난 11, 12일 회담했다.', [[6, '지난 11', '2025-05-11'], [13, '12일', '2025-05-12']]);
    expectDates('노조는 2, 3, 4일 파업했다.', [[4, '2', '2025-06-02'], [7, '3', '2025-06-03'], [10, '4일', '2025-06-04']]);
  });

  it('drops a listed number that no day follows', () => {
    expectDates('1, 2등을 차지했고 5일 귀국했다.', [[12, '5일', '2025-06-05']]);
    expectDates('7, 8일간 머물렀다.', []);
  });

  it('gives a month without a year the year of a date before it in the sentence', () => {
    expectDates('그는 2019년 3월 입사해 6월 퇴사했다.', [[3, '2019년 3월', '2019-03'], [16, '6월', '2019-06']]);
    expectDates('지난해 12월 입사해 1월 퇴사했다.', [[0, '지난해 12월', '2024-12'], [12, '1월', '2025-01']]);
    expectDates('2020년 1월 첫 확진 이후 6월 현재까지 이어졌다.', [[0, '2020년 1월', '2020-01'], [17, '6월', '2025-06']]);
    expectDates('2019년 3월 입사했다. 6월 퇴사했다.', [[0, '2019년 3월', '2019-03'], [15, '6월', '2025-06']]);
  });
});

describe('a later day said to come after a coming day', () => {
  it('is in the month of that coming day', () => {
    expectDates('대표팀은 오는 9일 출국한다. 이어 15일 캐나다와 맞붙는다.', [[8, '9일', '2025-07-09'], [20, '15일', '2025-07-15']], '2025-06-20');
  });

  it('is not moved when its verb says past', () => {
    expectDates('대표팀은 오는 9일 출국한다. 15일에는 훈련을 마쳤다.', [[8, '9일', '2025-07-09'], [17, '15일', '2025-06-15']], '2025-06-20');
  });
});

describe('a bare day the article named before with its month', () => {
  it('is that same day', () => {
    expectDates('축제는 7월 4일 개막한다. 개막식은 4일 오후 7시에 열린다.', [[4, '7월 4일', '2025-07-04'], [21, '4일', '2025-07-04']], '2025-06-20');
  });

  it('is not a day of a year the article named (an anniversary)', () => {
    expectDates('1980년 5월 18일을 기억한다. 기념식은 18일 열렸다.', [[0, '1980년 5월 18일', '1980-05-18'], [25, '18일', '2025-06-18']], '2025-06-20');
  });

  it('reads past a day of the week after the first of two joined days', () => {
    expectDates('축제는 2024년 7월 4일(목)부터 13일(토)까지 열렸다.', [[4, '2024년 7월 4일', '2024-07-04'], [21, '13일', '2024-07-13']]);
  });
});
