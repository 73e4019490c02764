import { describe, expect, it } from 'vitest';
import { parseRecord, recordId } from '../../src/read/records.js';

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
