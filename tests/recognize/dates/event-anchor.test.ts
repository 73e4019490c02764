import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';
import { datesOf, expectDates } from './util.js';

describe('event anchors', () => {
  it('marks words that point back to an event', () => {
    const [, anchor] = datesOf('정상회담은 4일 열렸다. 이날 양측은 합의했다.');
    expect(anchor).toMatchObject({ text: '이날', anchor: 'event', value: '2025-06-04' });
  });

  it("counts from the latest day the text gave, an event word's own day included", () => {
    expectDates('5일 보도했다. 전날 만났고 다음 날 떠났다.', [[0, '5일', '2025-06-05'], [9, '전날', '2025-06-04'], [16, '다음 날', '2025-06-05']]);
  });

  it('does not count from a day the text only compares with', () => {
    const found = datesOf('21일 주가가 내렸다. 지난 4월 16일 이후 처음이다. 이날 회의가 열렸다.');
    expect(found.map((d) => [d.text, d.value])).toEqual([['21일', '2025-05-21'], ['지난 4월 16일', '2025-04-16'], ['이날', '2025-05-21']]);
    expect(datesOf('5일 발표했다. 수출은 지난 3일보다 늘었다. 이날 오후').at(-1)?.value).toBe('2025-06-05');
  });

  it('has no value when the text gave no day before', () => {
    expectDates('이날 양측은 합의했다.', [[0, '이날', null]]);
  });

  it('reads 이날(4일) from its day', () => {
    expectDates('이날(4일) 발표', [[0, '이날(4일)', '2025-06-04']]);
  });

  it('dates a day or month counted from the event month or year, as a plain date', () => {
    const found = datesOf('2024년 7월 폭우가 왔고, 같은 달 23일 출장을 갔다. 이듬해 3월 복귀했다.');
    expect(found.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ['2024년 7월', '2024-07', undefined],
      ['같은 달 23일', '2024-07-23', undefined],
      ['이듬해 3월', '2025-03', undefined],
    ]);
  });

  it('is not inside a longer word', () => {
    expectDates('이날씨 좋다. 당일치기 여행', []);
  });
});

describe('event anchors and captions', () => {
  it('does not count from a caption’s dates outside that caption', () => {
    const text = '사진은 5일 촬영했다.\n취임한 당일 만났다.';
    const cut = text.indexOf('\n');
    const seg = {
      text,
      sentences: [
        { start: 0, end: cut, text: text.slice(0, cut), kind: 'caption' as const },
        { start: cut + 1, end: text.length, text: text.slice(cut + 1), kind: 'body' as const },
      ],
      skip: [],
    };
    expect(findDates(seg, '2025-06-06').map((d) => [d.text, d.value])).toEqual([['5일', '2025-06-05'], ['당일', null]]);
  });
});

describe('more event words', () => {
  it('reads 다음 해, 익년, 전월 and 익월 as counted from the event', () => {
    const found = datesOf('2019년 3월 문을 열었다. 다음 해 확장했다.');
    expect(found.map((d) => [d.text, d.value, d.anchor])).toEqual([['2019년 3월', '2019-03', undefined], ['다음 해', '2020', 'event']]);
    expect(datesOf('3월 수출은 전월 대비 2% 늘었다.').map((d) => [d.text, d.value])).toEqual([['3월', '2025-03'], ['전월', '2025-02']]);
  });

  it('leaves words that begin like them alone (전월세)', () => {
    expect(datesOf('전월세 시장이 불안하다.')).toEqual([]);
  });
});
