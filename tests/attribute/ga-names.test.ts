// Foreign names ending in 가 (몬테르가) are names, not a stem and the nominative 가. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { speakers } from './helpers.js';

const said = (text: string) => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('a foreign name ending in 가', () => {
  it('speaks as a topic no list knows', () => {
    expect(speakers('인도네시아 환경운동가 몬테르가는 "숲이 사라진다"고 말했다.')).toEqual([['숲이 사라진다', '몬테르가']]);
  });

  it('stays whole before a body and a title when the text writes it with another particle too', () => {
    const text = '레오 몬테르가 세계자연기금 대표는 "숲이 사라진다"고 말했다. 몬테르가는 "행동이 필요하다"고 덧붙였다.';
    expect(said(text)).toEqual([
      ['숲이 사라진다', '레오 몬테르가'],
      ['행동이 필요하다', '레오 몬테르가'],
    ]);
  });

  it('speaks as the full name the recognizer read with its 가, not as the title another person held', () => {
    const text = '마르코 벨리니 장관은 "좋다"고 밝혔다. 알레한드로 오르테가 장관은 "싫다"고 밝혔다.';
    expect(said(text)).toEqual([
      ['좋다', '마르코 벨리니'],
      ['싫다', '알레한드로 오르테가'],
    ]);
  });
});
