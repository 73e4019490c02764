import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('year-led dates', () => {
  it('reads absolute years, months and days', () => {
    expectDates('2025년 6월 5일에는 비가 왔다.', [[0, '2025년 6월 5일', '2025-06-05']]);
    expectDates('그는 2019년 3월 떠났다.', [[3, '2019년 3월', '2019-03']]);
    expectDates('2010년에 개통했다.', [[0, '2010년', '2010']]);
    expectDates('2025년6월5일 발표', [[0, '2025년6월5일', '2025-06-05']]);
  });

  it('counts relative years from the publication date', () => {
    expectDates('작년 9월 방북했다.', [[0, '작년 9월', '2024-09']]);
    expectDates('지난해 12월 3일 열렸다.', [[0, '지난해 12월 3일', '2024-12-03']]);
    expectDates('올해는 다르다.', [[0, '올해', '2025']]);
    expectDates('내년에 다시 온다.', [[0, '내년', '2026']]);
    expectDates('재작년 여름', []);
    expectDates('올 3월 개장', [[0, '올 3월', '2025-03']]);
  });

  it('gives 초, 중순 and 말 as a mod', () => {
    expectDates('내년 초 당대회', [[0, '내년 초', '2026', 'START']]);
    expectDates('올해 말까지', [[0, '올해 말', '2025', 'END']]);
    expectDates('연말에 열린다', [[0, '연말', '2025', 'END']]);
    expectDates('2024년 3월 중순 발표', [[0, '2024년 3월 중순', '2024-03', 'MID']]);
  });

  it('keeps 지난 in the expression and leaves 오는 out', () => {
    expectDates('지난 2020년 개정됐다.', [[0, '지난 2020년', '2020']]);
    expectDates('오는 2030년 완공', [[3, '2030년', '2030']]);
  });

  it('places a two-digit year before a month in its century', () => {
    expectDates('지난 83년 1월 숨졌다.', [[0, '지난 83년 1월', '1983-01']], '1996-03-02');
    expectDates('25년 3월 개통', [[0, '25년 3월', '2025-03']]);
  });

  it('gives a span of years no value', () => {
    expectDates('2005∼2015년 채용', [[0, '2005∼2015년', null]]);
  });

  it('has no value without a publication date when relative', () => {
    expectDates('작년 9월', [[0, '작년 9월', null]], null);
    expectDates('2024년 9월', [[0, '2024년 9월', '2024-09']], null);
  });

  it('leaves halves, quarters and seasons out', () => {
    expectNoDates('올해 상반기 실적');
    expectNoDates('작년 3분기 연체율');
    expectNoDates('내년 봄 출시');
    expectNoDates('올 시즌 14골');
  });
});
