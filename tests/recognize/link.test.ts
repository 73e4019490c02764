// Linking mentions into entities: partial surname and family-name mentions join the full name.
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/recognize/index.js';
import { link } from '../../src/recognize/link.js';
import { findPersons } from '../../src/recognize/persons/index.js';
import { segment } from '../../src/segment/index.js';
import type { Mention } from '../../src/types.js';

const entities = (text: string) => link(findPersons(segment(text)));
const summary = (text: string) => entities(text).map((e) => `${e.name}=${e.mentions.map((m) => m.text).join(',')}`);

describe('link', () => {
  it('links a surname + title to the full name, keeping its title and affiliation', () => {
    const [e] = entities('박지훈 한국개발연구원 선임연구위원은 말했다. 박 위원은 덧붙였다.');
    expect(e).toMatchObject({ name: '박지훈', title: '선임연구위원', affiliation: '한국개발연구원' });
    expect(e.mentions.map((m) => m.text)).toEqual(['박지훈', '박']);
  });

  it('prefers the full name seen with the same title', () => {
    const text = '김도윤 위원장과 김서준 장관이 만났다. 김 위원장은 웃었고 김 장관은 침묵했다.';
    expect(summary(text)).toEqual(['김도윤=김도윤,김', '김서준=김서준,김']);
  });

  it('else links to the most recent full name with that surname', () => {
    const text = '이민호 교수가 왔다. 이수아 교수도 왔다. 이 교수는 말했다.';
    expect(summary(text)).toEqual(['이민호=이민호', '이수아=이수아,이']);
  });

  it('names an unlinked partial mention as the article does, title included', () => {
    expect(summary('안 의원은 반대했다.')).toEqual(['안 의원=안']);
  });

  it('links a foreign family name to the full name, before or after it', () => {
    const text = '코발스키 장관이 왔다. 안드레이 코발스키 폴란드 외무장관은 웃었다. 코발스키는 떠났다.';
    expect(summary(text)).toEqual(['안드레이 코발스키=코발스키,안드레이 코발스키,코발스키']);
  });

  it('keeps a family name alone as a person when no full name is given', () => {
    expect(summary('코발스키 장관이 왔다.')).toEqual(['코발스키=코발스키']);
  });

  it('drops an unlinked short organization mention but keeps a linked one', () => {
    const org = (start: number, end: number, text: string, name: string, partial?: 'short'): Mention => ({
      start, end, text, type: 'ORG', name, rule: 'test', ...(partial ? { partial } : {}),
    });
    const es = link([org(0, 4, '노동신문', '노동신문'), org(10, 12, '신문', '신문', 'short'), org(20, 22, '통신', '통신', 'short')]);
    expect(es.map((e) => `${e.name}:${e.mentions.length}`)).toEqual(['노동신문:2']);
  });

  it('never links a titled surname to the reporter of the article, nor a reporter to another role', () => {
    const text = '김 후보는 출마를 선언했다. 이 대통령도 말했다.\n김경필 기자 kkp@example.com\n이유진 기자';
    const names = summary(text);
    expect(names).toContain('김경필=김경필');
    expect(names.some((n) => n.startsWith('김경필') && n.endsWith(',김'))).toBe(false);
    expect(names.some((n) => n.startsWith('이유진') && n.includes(',이'))).toBe(false);
    expect(summary('박서준 기자가 썼다. 박지훈 장관은 말했다. 박 기자는 덧붙였다.')).toEqual(['박서준=박서준,박', '박지훈=박지훈']);
  });

  it('links the recognizers\' lists, each in text order, as it links them merged in text order', () => {
    const m = (type: Mention['type'], start: number, text: string, extra: Partial<Mention> = {}): Mention => ({
      start, end: start + text.length, text, type, name: text, rule: 'test', ...extra,
    });
    const persons = [m('PERSON', 0, '박지훈', { title: '장관' }), m('PERSON', 30, '박', { partial: 'surname', title: '장관' }), m('PERSON', 50, '한서연')];
    const orgs = [m('ORG', 10, '통일연구원'), m('ORG', 40, '연구원', { partial: 'short' })];
    const places = [m('PLACE', 4, '서울'), m('PLACE', 50, '한서연'), m('PLACE', 60, '부산')];
    const merged = [...persons, ...orgs, ...places].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(link([...persons, ...orgs, ...places])).toEqual(link(merged));
  });

  it('joins a family name given alone to the one fuller name it opens, keeping the title read with it', () => {
    const m = (start: number, text: string, extra: Partial<Mention> = {}): Mention => ({
      start, end: start + text.length, text, type: 'PERSON', name: text, rule: 'test', ...extra,
    });
    // 이시바 총리 “…” (a headline) … 이시바 시게루 일본 총리는: 시게루 was read alone before the title.
    const [e] = link([m(0, '이시바', { title: '총리' }), m(20, '이시바 시게루'), m(24, '시게루', { title: '총리', affiliation: '일본' })]);
    expect(e).toMatchObject({ name: '이시바 시게루', title: '총리', affiliation: '일본' });
    expect(e.mentions.map((x) => x.text)).toEqual(['이시바', '이시바 시게루']);
    // Two names open with it: it says neither.
    expect(link([m(0, '다나카'), m(10, '다나카 히로시'), m(20, '다나카 유코')]).map((x) => x.name)).toEqual(['다나카', '다나카 히로시', '다나카 유코']);
  });

  it('joins a one-word name to the one long name it is a word of (룰라)', () => {
    const m = (start: number, text: string): Mention => ({ start, end: start + text.length, text, type: 'PERSON', name: text, rule: 'test' });
    const [e] = link([m(0, '룰라'), m(10, '루이스 이나시우 룰라 다시우바'), m(40, '룰라')]);
    expect(e.name).toBe('루이스 이나시우 룰라 다시우바');
    expect(e.mentions.map((x) => x.start)).toEqual([0, 10, 40]);
  });

  it('joins a state or province named with and without its unit, under the full form (캘리포니아주)', () => {
    const m = (start: number, text: string): Mention => ({ start, end: start + text.length, text, type: 'PLACE', name: text, rule: 'test' });
    const places = link([m(0, '누리나'), m(10, '누리나주'), m(20, '가온'), m(30, '가온성'), m(40, '광'), m(50, '광주')]);
    expect(places.map((e) => `${e.name}=${e.mentions.map((x) => x.text).join(',')}`)).toEqual(['누리나주=누리나,누리나주', '가온성=가온,가온성', '광=광', '광주=광주']);
  });
});

describe('an abbreviation the article defined for an organization', () => {
  it('wins over a person of the same span', () => {
    const text = '전국삼성전자노동조합(전삼노)이 결의대회를 열었다. 손우목 전삼노 위원장은 말했다.';
    const found = recognize(segment(text), null).entities.map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('ORG:전국삼성전자노동조합');
    expect(found.filter((e) => e.startsWith('PERSON'))).not.toContain('PERSON:전삼노');
  });
});

describe('a one-syllable family name with a title after a foreign name', () => {
  it('links to the foreign name written with it last', () => {
    const text = '젠슨 황 엔비디아 최고경영자(CEO)가 연설했다. 황 CEO는 "한국은 AI 강국"이라고 말했다.';
    const people = recognize(segment(text), null).entities.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => `${e.name}=${e.mentions.map((m) => m.text).join(',')}`)).toEqual(['젠슨 황=젠슨 황,황']);
  });

  it('prefers a Korean name of that surname', () => {
    expect(summary('황민수 교수와 젠슨 황 CEO가 만났다. 황 교수는 웃었다.')).toContain('황민수=황민수,황');
  });
});
