// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or EUC-KR/CP949, detected or forced.
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a whole document. Throws InputError for binary data or bytes that fit no encoding. */
export function decode(bytes: Uint8Array, encoding: Encoding = 'auto'): string {
  const enc = encoding === 'auto' ? detect(bytes) : encoding;
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    const body = hasBom16(bytes) ? bytes.subarray(2) : bytes;
    return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), enc);
  }
  if (enc === 'cp949') return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
  if (bytes.includes(0)) throw new InputError('binary', 'looks like a binary file (it contains NUL bytes)');
  try {
    return utf8.decode(bytes); // drops a leading BOM
  } catch {
    throw new InputError('encoding', 'is not valid UTF-8 (use --encoding to name its encoding)');
  }
}

function hasBom16(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** UTF-16 by its BOM; UTF-8 when it decodes; CP949 when every byte pair fits it; else UTF-8 (to report the error). */
function detect(b: Uint8Array): Encoding {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.includes(0)) return 'utf-8';
  try {
    utf8.decode(b);
    return 'utf-8';
  } catch {
    return looksLikeCp949(b) ? 'cp949' : 'utf-8';
  }
}

/** CP949: ASCII, or a lead byte 0x81–0xFE followed by a trail byte 0x41–0xFE (not 0x7F). */
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
