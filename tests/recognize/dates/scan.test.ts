// The scanner tries the date patterns only where the first two characters begin a date word (or a
// number starts): the words' spelling with and without their inner space, a word of one syllable, and
// words that begin like a date word but are none.
import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('where the scanner looks', () => {
  it('reads a word whose space is optional in every spelling', () => {
    expectDates('사고는 4일 났다. 그 날 밤 구조대가 왔다.', [[4, '4일', '2025-06-04'], [11, '그 날', '2025-06-04']]);
    expectDates('사고는 4일 났다. 그날 밤 구조대가 왔다.', [[4, '4일', '2025-06-04'], [11, '그날', '2025-06-04']]);
    expectDates('사고는 4일 났다. 그\u00a0날 밤 구조대가 왔다.', [[4, '4일', '2025-06-04'], [11, '그\u00a0날', '2025-06-04']]);
    expectDates('이번 달 말 발표한다.', [[0, '이번 달 말', '2025-06', 'END']]);
    expectDates('이번달 말 발표한다.', [[0, '이번달 말', '2025-06', 'END']]);
  });

  it('reads a word of one syllable, whatever follows it', () => {
    expectDates('올 3월 문을 연다.', [[0, '올 3월', '2025-03']]);
    expectDates('올해 예산은 늘었다.', [[0, '올해', '2025']]);
  });

  it('finds the date word after words that begin like one', () => {
    expectDates('전략회의는 지난달 열렸다.', [[6, '지난달', '2025-05']]);
    expectDates('지원금은 내년 초 지급된다.', [[5, '내년 초', '2026', 'START']]);
    expectNoDates('이번 주 회의를 연다. 오늘날 청년들은 바쁘다.');
  });
});
