// A body's short name in brackets between the body and the title: the title still reaches the name.
import { describe, expect, it } from 'vitest';
import { brief, persons } from './helpers.js';

describe('a short name noted on the body between a name and its title', () => {
  it('passes over an acronym or a Hangul short name', () => {
    expect(brief('정하람 누리경제연구원(NERI) 연구위원은 말했다.')).toEqual(['정하람:정하람']);
    expect(brief('한소윤 한빛소비자원(소비자원) 원장이 밝혔다.')).toEqual(['한소윤:한소윤']);
    expect(brief('마르타 로페스 세계해양기구(WMO) 사무총장은 경고했다.')).toEqual(['마르타 로페스:마르타 로페스']);
  });

  it('gives the body as the affiliation and keeps the title', () => {
    const [m] = persons('정하람 누리경제연구원(NERI) 연구위원은 말했다.');
    expect([m.title, m.affiliation]).toEqual(['연구위원', '누리경제연구원']);
  });

  it('leaves a name noted with its party, and notes before anything but a title', () => {
    const [m] = persons('국회 소속 박태원(미래당) 의원이 말했다.');
    expect([m.name, m.affiliation]).toEqual(['박태원', undefined]);
    expect(brief('누리경제연구원(NERI) 보고서를 정하람 씨가 읽었다.')).toEqual(['정하람:정하람']);
  });
});
