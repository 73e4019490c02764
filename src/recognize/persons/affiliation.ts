// Affiliations read around a name and its title: the bodies written before the name (국민의힘 김기현
// 대표, 누리대 물리학과 최윤 교수, 한국교원연합회(교연) 조하은 회장, 수원시 이재준 시장) and a body first in
// the note after the title (윤하늘 의원(미래당·서울 마포을)). The name-title rule (titled.ts) asks these
// when no affiliation stands between the name and the title.
import { KNOWN as KNOWN_ORGS } from '../organizations/lexicon.js';
import { bySuffix } from '../organizations/suffix.js';
import { isPlaceWord } from './name-shape.js';
import type { Token } from './tokens.js';

/** A closing bracket and spaces: a short name in brackets ends right before the name. */
const CLOSE_AND_SPACES = /^\)[ \t]*$/;

/** 경남도, 충북도: a province whose 도 reads like the particle 'also'. */
export const provinceInDo = (t: Token): boolean => t.particle === '도' && isPlaceWord(t.text);

/** Departments, most ending in 과, which reads like the particle: 경제학과, 소아청소년과, 정형외과, 안과, 물리학부, 교통정책과. */
export const DEPARTMENT = /(?:학과|외과|내과|소아과|청소년과|부인과|인후과|피부과|비뇨기과|안과|치과|[가-힣](?:학부|정책과|기획과|총괄과|지원과|관리과|운영과|협력과|조정과|수사과|형사과|민원과|행정과|홍보과|감사과))$/;

/**
 * 국민의힘 김기현 대표, 한빛바이오협회 박민수 회장, 누리대 물리학과 최윤 교수, LG에너지솔루션 정하늘 부사장:
 * the bodies written right before the name (a known one, a word named by its ending, a department) are
 * its affiliation; so is a body before its short name in brackets (한국교원연합회(교연) 조하은 회장), and
 * before a local office the place (수원시 이재준 시장).
 */
export function bodyBefore(text: string, tokens: Token[], k: number, title: string | undefined): string | undefined {
  let end = k;
  if (!tokens[k].joined) {
    // 한국교원연합회(교연) 조하은 회장: past the short name in brackets, back to the body it follows.
    const open = k >= 2 ? tokens[k - 1].start - 1 : -1;
    if (open < 0 || text[open] !== '(' || !CLOSE_AND_SPACES.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
    end = k - 1;
    if (tokens[end - 1].end !== open) return undefined;
  }
  // 미래당 소속 김하늘 의원: the body before 소속.
  if (end > 1 && tokens[end - 1].text === '소속' && tokens[end - 1].joined) end--;
  let from = end;
  let department = false; // whether the unit after is a department, before which a word in 대 is a university
  for (let m = end - 1; m >= 0; m--) {
    let first = m; // a body written in Latin and Hangul is one word of several tokens (LG에너지솔루션)
    while (first > 0 && tokens[first - 1].end === tokens[first].start) first--;
    const word = text.slice(tokens[first].start, tokens[m].end);
    // 한은 reads like 한 + 은: a known body or a department is whole whatever its last syllable.
    const plain = tokens[m].particle === '';
    const local = (plain || provinceInDo(tokens[m])) && from === end && title !== undefined && LOCAL_OFFICES.has(title) && isPlaceWord(word);
    const university = department && plain && word.length <= 5 && word.endsWith('대');
    if (!(KNOWN_ORGS.has(word) || DEPARTMENT.test(word) || (plain && bySuffix(word) !== null) || local || university)) break;
    department = DEPARTMENT.test(word);
    from = first;
    // 법사위 미래당 김하늘 의원: a party, or a lawmaker's nearest body, is the whole affiliation.
    if (!tokens[first].joined || local || word.endsWith('당') || title === '의원') break;
    m = first;
  }
  return from < end ? text.slice(tokens[from].start, tokens[end - 1].end) : undefined;
}

/** The first item of a note in brackets: up to a middle dot, comma or the closing bracket. */
const NOTE_ITEM = /\(([^()·ㆍ,]{2,20})[)·ㆍ,]/y;

/** 윤하늘 의원(미래당·서울 마포을): a known body or one named by its ending first in the note after the title. */
export function bodyInNote(text: string, at: number): string | undefined {
  NOTE_ITEM.lastIndex = at;
  const item = NOTE_ITEM.exec(text)?.[1].trim();
  return item !== undefined && (KNOWN_ORGS.has(item) || bySuffix(item) !== null) ? item : undefined;
}

/** Offices of a city, province or district, whose place before the name is the affiliation (수원시 이재준 시장). */
const LOCAL_OFFICES = new Set(['시장', '지사', '도지사', '군수', '구청장', '교육감']);
