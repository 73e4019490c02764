// The cues of the context rules (cues.ts): each rule's own examples have its cue, ordinary words none.
import { describe, expect, it } from 'vitest';
import { contextCues, Cue } from '../../../src/recognize/organizations/cues.js';

/** The cues of the word `word` where it first stands in `text`. */
function cuesOf(text: string, word: string, marks = false): number {
  const start = text.indexOf(word);
  return contextCues(text, start, start + word.length, marks);
}

describe('context cues', () => {
  it('gives each rule its cue on its own examples', () => {
    expect(cuesOf('사법 당국은 밝혔다.', '당국은') & Cue.authority).toBe(Cue.authority);
    expect(cuesOf('B사는 부인했다.', 'B사는') & Cue.letter).toBe(Cue.letter);
    expect(cuesOf('(주)누리테크가', '누리테크가', true) & Cue.marks).toBe(Cue.marks);
    expect(cuesOf('단원고 학생들이', '단원고') & Cue.school).toBe(Cue.school);
    expect(cuesOf('트위터는 발표했다.', '트위터는') & Cue.platform).toBe(Cue.platform);
    expect(cuesOf('누리게임즈(대표 김민수)가', '누리게임즈') & Cue.headNote).toBe(Cue.headNote);
    expect(cuesOf('미국 의회는 표결했다.', '의회는') & Cue.organ).toBe(Cue.organ);
    expect(cuesOf('누리건설 대표는', '누리건설') & Cue.firm).toBe(Cue.firm);
    expect(cuesOf("결혼정보회사 '누리짝'이", '누리짝') & Cue.quoted).toBe(Cue.quoted);
    expect(cuesOf('누리짝이라는 회사', '누리짝이라는') & Cue.called).toBe(Cue.called);
    expect(cuesOf('영국 일간 가디언은', '가디언은') & Cue.introduced).toBe(Cue.introduced);
    expect(cuesOf('누리일보가 9일 보도했다.', '누리일보가') & Cue.introduced).toBe(Cue.introduced);
    expect(cuesOf('누리넷이 전했다.', '누리넷이') & Cue.introduced).toBe(Cue.introduced);
  });

  it('gives most words none, and reads nothing past the text', () => {
    expect(cuesOf('오늘은 날씨가 맑았다.', '날씨가')).toBe(0);
    expect(cuesOf('날씨', '날씨')).toBe(0);
  });
});
