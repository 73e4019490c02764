import { describe, expect, it } from 'vitest';
import { DocContext } from '../../src/attribute/speakers/context.js';
import type { Entity } from '../../src/types.js';

/** An entity of the text with a mention at each offset given, in the order given. */
function entity(id: string, text: string, name: string, at: number[]): Entity {
  return { id, type: 'PERSON', name, title: null, affiliation: null, mentions: at.map((start) => ({ start, end: start + name.length, text: text.slice(start, start + name.length) })) };
}

describe('DocContext.mentionsIn', () => {
  const order = (ctx: DocContext, end: number) => ctx.mentionsIn(0, end).map((m) => `${m.entity.id}@${m.start}`);

  it('lists mentions by start, ties in entity order, when they lie close together', () => {
    const text = '김민수 위원과 이하늘 교수, 김민수 위원장이 말했다.';
    const ctx = new DocContext(text, [entity('b', text, '이하늘', [8]), entity('a', text, '김민수', [15, 0]), entity('c', text, '김민', [0])]);
    expect(order(ctx, text.length)).toEqual(['a@0', 'c@0', 'b@8', 'a@15']);
  });

  it('gives the same order for mentions spread thinly over a long text', () => {
    const text = `김민수 위원이 말했다.${' 긴 문장이 이어진다.'.repeat(100)} 이하늘 교수와 김민수 위원.`;
    const far = text.lastIndexOf('이하늘');
    const ctx = new DocContext(text, [entity('b', text, '이하늘', [far]), entity('a', text, '김민수', [text.lastIndexOf('김민수'), 0])]);
    expect(order(ctx, text.length)).toEqual(['a@0', `b@${far}`, `a@${text.lastIndexOf('김민수')}`]);
  });
});
