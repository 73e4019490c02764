// Word tests asked over and over (is this a title, a body, a name?) remembered by the word: pure functions of
// the string, so one cache serves every document. Bounded: emptied when it grows past `limit` entries, so a
// stream of tens of thousands of articles keeps constant memory.

const MAX_KEY = 12;

export function memo<T>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    // Long words are rare and, as slices, may keep their whole document alive (V8 shares the parent of
    // a slice of 13+ characters): they are computed, not kept.
    if (word.length > MAX_KEY) return fn(word);
    let v = cache.get(word);
    if (v === undefined && !cache.has(word)) {
      if (cache.size >= limit) cache.clear();
      v = fn(word);
      cache.set(word, v);
    }
    return v as T;
  };
}
