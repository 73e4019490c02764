// The packed trie the place rules walk: every child found, whatever the node's width, and words added
// after a walk still found.
import { describe, expect, it } from 'vitest';
import { CodeTrie, NONE, ROOT } from '../../../src/recognize/places/code-trie.js';
import { PlaceTrie } from '../../../src/recognize/places/trie.js';
import { WordSet } from '../../../src/recognize/places/words.js';

/** The node of `word` by walking, or NONE. */
function walk<V>(trie: CodeTrie<V>, word: string): number {
  let node = ROOT;
  for (let i = 0; i < word.length && node !== NONE; i++) node = trie.child(node, word.charCodeAt(i));
  return node;
}

describe('CodeTrie', () => {
  it('finds each child of a wide node (searched by halves) and of a narrow one', () => {
    const trie = new CodeTrie<number>();
    const words = [...'가나다라마바사아자차카타파하각낙닥락막박삭악작착칵탁팍학'].map((c) => `서${c}`);
    words.forEach((w, i) => trie.setValue(trie.nodeOf(w), i));
    words.forEach((w, i) => expect(trie.value(walk(trie, w))).toBe(i));
    expect(walk(trie, '서갈')).toBe(NONE);
    expect(walk(trie, '동가')).toBe(NONE);
    expect(trie.value(walk(trie, '서'))).toBeUndefined();
  });

  it('finds words added after a walk', () => {
    const trie = new CodeTrie<string>();
    trie.setValue(trie.nodeOf('부산'), 'a');
    expect(walk(trie, '부산')).not.toBe(NONE);
    trie.setValue(trie.nodeOf('부산진'), 'b');
    expect(trie.value(walk(trie, '부산진'))).toBe('b');
  });
});

describe('tries over it', () => {
  it('PlaceTrie: the longest form first, then the shorter ones on its path', () => {
    const trie = new PlaceTrie();
    trie.add('서울특별시', { names: ['서울'], kind: 'division' });
    trie.add('서울', { names: ['서울'], kind: 'division' });
    const longest = trie.longestAt('서울특별시청', 0);
    expect(longest?.length).toBe(5);
    expect(longest?.shorter?.length).toBe(2);
    expect(trie.longestAt('서울시', 0)?.length).toBe(2);
    expect(trie.longestAt('대전', 0)).toBeUndefined();
  });

  it('WordSet: a listed word starting at an offset, within the bound', () => {
    const set = new WordSet(['관계', '정상회담']);
    expect(set.startsAt('북러관계', 2, 4)).toBe(true);
    expect(set.startsAt('북러관계', 2, 3)).toBe(false);
    expect(set.startsAt('북러정상', 2, 4)).toBe(false);
  });
});
