import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecord, recordId, validDate } from '../../src/read/records.js';

describe('parseRecord', () => {
  it('takes id, text and date; keeps other fields as meta', () => {
    expect(parseRecord('{"id": 7, "text": "비가 온다.", "date": "2025-06-06", "url": "u"}')).toEqual({
      id: '7',
      text: '비가 온다.',
      refDate: '2025-06-06',
      meta: { url: 'u' },
    });
  });

  it.each([
    ['{"id": "a", "text": ', /^malformed JSON/],
    ['[1, 2]', /must be a JSON object/],
    ['{"text": "비"}', /no "id"/],
    ['{"id": "a"}', /record "a" has no "text" string/],
    ['{"id": "a", "text": 3}', /record "a" has no "text" string/],
    ['{"id": "a", "text": "  "}', /record "a" has empty "text"/],
    ['{"id": "a", "text": "비", "date": "2025-02-30"}', /not YYYY-MM-DD/],
  ])('refuses %s', (line, message) => {
    expect(() => parseRecord(line)).toThrow(message);
  });

  it('finds the id of a record that failed, when there is one', () => {
    expect(recordId('{"id": "a"}')).toBe('a');
    expect(recordId('null')).toBe(null);
    expect(recordId('{"id": ')).toBe(null);
  });
});

describe('validDate', () => {
  it('knows month lengths and leap years', () => {
    expect(validDate('2024-02-29')).toBe(true);
    expect(validDate('2025-02-29')).toBe(false);
    expect(validDate('1900-02-29')).toBe(false);
    expect(validDate('2000-02-29')).toBe(true);
    expect(validDate('2025-04-31')).toBe(false);
    expect(validDate('2025-12-31')).toBe(true);
    expect(validDate('2025-00-10')).toBe(false);
    expect(validDate('2025-6-6')).toBe(false);
  });

  it('agrees with the calendar on any YYYY-MM-DD', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const date = new Date(`${s}T00:00:00Z`);
        const calendar = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
        expect(validDate(s)).toBe(calendar);
      }),
    );
  });
});
