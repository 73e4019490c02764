// A foreign family name alone, known by its ending and a particle.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('foreign family names known by their ending', () => {
  it('reads English, Slavic, Spanish and Japanese family names before a particle', () => {
    expect(brief('그 뒤 윌킨슨은 팀을 떠났다.')).toEqual(['윌킨슨:윌킨슨(short)']);
    expect(brief('결승에서 시도로바를 꺾었다.')).toEqual(['시도로바:시도로바(short)']);
    expect(brief('라미레스의 슛이 빗나갔다.')).toEqual(['라미레스:라미레스(short)']);
    expect(brief('그날 로페스가 결승골을 넣었다.')).toEqual(['로페스:로페스(short)']);
    expect(brief('당시 보로셴코는 침묵했다.')).toEqual(['보로셴코:보로셴코(short)']);
    expect(brief('결승에서 샤로포바를 꺾었다.')).toEqual(['샤로포바:샤로포바(short)']);
    expect(brief('당시 야마모토는 침묵했다.')).toEqual(['야마모토:야마모토(short)']);
    expect(brief('관중은 시도로바에 열광했다.')).toEqual(['시도로바:시도로바(short)']);
  });

  it('takes a transliterated first name before it into the name', () => {
    expect(brief('어제 마르틴 멘데스가 입국했다.')).toEqual(['마르틴 멘데스:마르틴 멘데스']);
  });

  it('leaves loanwords and words with the same endings alone', () => {
    expect(brief('위스키를 마셨다.')).toEqual([]);
    expect(brief('무슨 일이 있었나.')).toEqual([]);
    expect(brief('드레스가 화제였다.')).toEqual([]);
    expect(brief('그는 적시타를 쳤다.')).toEqual([]);
    expect(brief('체스를 두고 걱정하시는 분이 많다.')).toEqual([]);
  });

  it('needs a particle after the word', () => {
    expect(brief('윌킨슨 효과라는 말이 있다.')).toEqual([]);
  });
});

describe('a place with a surname ending before 에', () => {
  it('stays a place', () => {
    expect(brief('그는 나가사키에 도착했다.')).toEqual([]);
  });
});
