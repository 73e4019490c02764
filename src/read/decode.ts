// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or EUC-KR/CP949, detected or forced.
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type Encoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

export const ENCODINGS: readonly Encoding[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'cp949'];

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Decodes a whole document. Throws InputError for binary data or bytes that fit no encoding. */
export function decode(bytes: Uint8Array, encoding: Encoding = 'auto'): string {
  const buf = asBuffer(bytes);
  const enc = encoding === 'auto' ? detect(buf) : encoding;
  if (enc === 'utf-16le' || enc === 'utf-16be') return iconv.decode(bom16(buf) ? buf.subarray(2) : buf, enc, { stripBOM: false });
  if (enc === 'cp949') return iconv.decode(buf, 'cp949');
  if (buf.includes(0)) throw new InputError('binary', 'looks like a binary file (it contains NUL bytes)');
  return decodeUtf8(startsWithBom8(buf) ? buf.subarray(3) : buf);
}

/** Strict UTF-8; the message gives the first bad byte's offset so the user can find it. */
export function decodeUtf8(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8');
  const at = firstInvalidUtf8(buf);
  throw new InputError('encoding', `is not valid UTF-8 (bad byte 0x${buf[at].toString(16).padStart(2, '0')} at byte ${at}; use --encoding to name its encoding)`);
}

export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export function startsWithBom8(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** The UTF-16 flavour a byte order mark announces, if any. */
export function bom16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 by its BOM; UTF-8 when it decodes; CP949 when every byte pair fits it; else UTF-8 (to report the error). */
function detect(b: Buffer): Encoding {
  const utf16 = bom16(b);
  if (utf16) return utf16;
  if (b.includes(0)) return 'utf-8';
  return sniff8(b);
}

/** For text known not to be UTF-16: 'cp949' when it is not UTF-8 but fits CP949, else 'utf-8'. */
export function sniff8(b: Buffer): 'utf-8' | 'cp949' {
  if (isAscii(b) || isUtf8(b)) return 'utf-8';
  return looksLikeCp949(b) ? 'cp949' : 'utf-8';
}

/** CP949: ASCII, or a lead byte 0x81–0xFE followed by a trail byte 0x41–0x5A, 0x61–0x7A or 0x81–0xFE. */
function looksLikeCp949(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    if (c < 0x81 || c > 0xfe) return false;
    const t = b[++i];
    if (t === undefined || t < 0x41 || t > 0xfe || t === 0x7f || (t > 0x5a && t < 0x61) || (t > 0x7a && t < 0x81)) return false;
  }
  return true;
}

/** Offset of the first byte that breaks UTF-8 (called only once a buffer is known to be invalid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const t = b[i + k];
      if (t === undefined || (t & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const t1 = b[i + 1];
    if ((c === 0xe0 && t1 < 0xa0) || (c === 0xed && t1 > 0x9f) || (c === 0xf0 && t1 < 0x90) || (c === 0xf4 && t1 > 0x8f)) return i;
    i += n + 1;
  }
  return b.length - 1;
}
