import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8, InputError } from '../../src/read/decode.js';

// Invented sentences with CP949-only (UHC) syllables 똠 and 햏, which EUC-KR proper lacks.
const TEXT = '“똠방각하는 햏했다”고 김철수 기자가 말했다.\r\n둘째 줄이다.';

describe('decode', () => {
  it('reads UTF-8 with and without a BOM, dropping only the BOM', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    expect(decode(bytes)).toBe(TEXT);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE by their BOM, keeping CRLF', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decode(le)).toBe(TEXT);
    expect(decode(be)).toBe(TEXT);
  });

  it('detects EUC-KR/CP949, including UHC syllables', () => {
    expect(decode(iconv.encode(TEXT, 'cp949'))).toBe(TEXT);
  });

  it('obeys a forced encoding', () => {
    expect(decode(iconv.encode(TEXT, 'utf-16le'), 'utf-16le')).toBe(TEXT);
    expect(decode(iconv.encode(TEXT, 'cp949'), 'cp949')).toBe(TEXT);
  });

  it('names the first bad byte of invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('가나다', 'utf8'), Buffer.from([0xc0, 0x80])]);
    expect(() => decode(bytes, 'utf-8')).toThrow(/not valid UTF-8 \(bad byte 0xc0 at byte 9/);
  });

  it('refuses binary data', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decode(png)).toThrow(InputError);
    expect(() => decode(png)).toThrow(/binary/);
  });

  it('never fails with anything but an InputError, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(typeof decode(bytes)).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('points at the first byte where UTF-8 breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.uint8Array({ minLength: 1, maxLength: 4 }), (s, tail) => {
        const bytes = Buffer.concat([Buffer.from(s, 'utf8'), tail]);
        if (isUtf8(bytes)) return;
        const at = firstInvalidUtf8(bytes);
        expect(at).toBeGreaterThanOrEqual(Buffer.byteLength(s));
        expect(isUtf8(bytes.subarray(0, at))).toBe(true);
      }),
    );
  });
});
