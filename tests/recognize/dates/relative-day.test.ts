import { describe, it } from 'vitest';
import { expectDates, expectNoDates } from './util.js';

describe('relative days', () => {
  it('counts days from the publication date', () => {
    expectDates('오늘 발표했다.', [[0, '오늘', '2025-06-06']]);
    expectDates('어제 만났다.', [[0, '어제', '2025-06-05']]);
    expectDates('내일은 비', [[0, '내일', '2025-06-07']]);
    expectDates('모레 출국', [[0, '모레', '2025-06-08']]);
  });

  it('reads 오늘(24일) as one expression', () => {
    expectDates('오늘(24일) 개막한다.', [[0, '오늘(24일)', '2025-06-24']], '2025-06-24');
  });

  it('is null without a publication date', () => {
    expectDates('어제 만났다.', [[0, '어제', null]], null);
  });

  it('is not 오늘날 or 어제오늘, nor inside another word', () => {
    expectNoDates('오늘날 한국은');
    expectNoDates('어제오늘 일이 아니다');
    expectNoDates('국내일정을 마쳤다');
    expectNoDates('내일신문 보도');
  });
});

describe('relative days before particles and endings', () => {
  it('takes whole particles and endings after the word', () => {
    expectDates('모레는 비. 오늘이다. 이날부터 시작.', [[0, '모레', '2025-06-08'], [7, '오늘', '2025-06-06'], [13, '이날', '2025-06-06']]);
  });

  it('is not the start of a name', () => {
    expectNoDates('알프레도 모레로스가 골을 넣었다.');
  });
});

describe('a relative day before 나 (or)', () => {
  it('is a date when the next word follows', () => {
    expectDates('오늘이나 내일 발표한다.', [[0, '오늘', '2025-06-06'], [5, '내일', '2025-06-07']]);
    expectDates('모레나 글피쯤 도착한다.', [[0, '모레', '2025-06-08'], [4, '글피', '2025-06-09']]);
  });

  it('is a name when 나 takes a particle or closes a bracket (Mexico’s party 모레나)', () => {
    expectNoDates('여당 국가재생운동(모레나)의 후보가 당선됐다.');
    expectNoDates('모레나는 선거에서 승리했다.');
  });
});
