// A name's spelling in Latin letters or Chinese characters in brackets right after it is the same body:
// 누리전자(Nuri Electronics), 누리일보(累里日報). The gloss becomes a mention of the name before it. Only
// a Korean name is glossed so; capitals spelled out after capitals (LOLO(LIFE OF …)) are a title's.

const LATIN = /^\(([A-Za-z][A-Za-z0-9&.' -]{0,38}[A-Za-z0-9.])\)/;
const HANJA = /^\(([\u4e00-\u9fff]{1,8})\)/;

/** [start, end] of the gloss in brackets right after a name ending at `end`, or null. */
export function glossAfter(text: string, end: number): [number, number] | null {
  const last = text.charCodeAt(end - 1);
  if (text.charCodeAt(end) !== 0x28 || last < 0xac00 || last > 0xd7a3) return null;
  const after = text.slice(end, end + 42);
  const gloss = (LATIN.exec(after) ?? HANJA.exec(after))?.[1];
  return gloss === undefined ? null : [end + 1, end + 1 + gloss.length];
}
