// The fast UTF-8 decoder gives exactly what Buffer#toString gives, and refuses what is not UTF-8.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/read/decode.js';
import { utf8Text } from '../../src/cli/utf8.js';

describe('utf8Text', () => {
  it('decodes any text as Buffer#toString does (BOM, NUL, astral characters, ASCII)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('\ufeff김 기자', 'a\0b', '😀한글', 'plain'));
    fc.assert(fc.property(text, (s) => utf8Text(Buffer.from(s)) === Buffer.from(s).toString('utf8')));
  });

  it('reads a view into a larger buffer, not the whole buffer', () => {
    const all = Buffer.from('앞{"id":1}뒤');
    expect(utf8Text(all.subarray(3, all.length - 3))).toBe('{"id":1}');
  });

  it('throws the InputError that names where the bad sequence starts', () => {
    expect(() => utf8Text(Buffer.from([0x41, 0xea, 0xb9, 0xff]))).toThrow(InputError);
    expect(() => utf8Text(Buffer.from([0x41, 0xea, 0xb9, 0xff]))).toThrow(/bad byte 0xea at byte 1/);
  });
});
