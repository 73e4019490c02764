// A unit written after a body's name with a space is part of one name: 서강대 로스쿨 and MBC 보도국
// (data/units.txt), a court's bench (서울중앙지법 형사8단독, 대법원 3부), a prosecutors' office's
// department (수원지검 강력부, 서울중앙지검 반부패수사1부), a university's department or school (한빛대 경영학과).
import { readList } from './lists.js';

const UNITS = new Set(readList('units.txt'));
const COURT = /(?:법원|지법|고법|지원)$/;
const BENCH = /^ (?:[가-힣]{0,4}[0-9]{1,3}(?:부|단독)|제[0-9]{1,3}(?:형사|민사)(?:부|단독))/;
const PROSECUTORS = /(?:지검|고검|검찰청)$/;
const DEPARTMENT_OF_PROSECUTORS = /^ (?:[가-힣]{0,4}수사[0-9]{0,2}(?:부|팀|단|본부)|강력부|특수부|형사[0-9]{0,2}부)/;
const UNIVERSITY = /(?:대|대학교)$/;
const DEPARTMENT = /^ [가-힣]{1,8}(?:학과|학부|대학원|대학|연구소|연구팀|연구센터)/;
const NEXT_WORD = /^ ([가-힣A-Za-z]+)/;

/** The unit (with its space) written after the body `name` that ends at text[end], or ''. */
export function unitAfter(text: string, end: number, name: string): string {
  if (text.charCodeAt(end) !== 0x20) return ''; // every unit is written after a space
  const after = text.slice(end, end + 16);
  if (COURT.test(name)) return BENCH.exec(after)?.[0] ?? '';
  if (PROSECUTORS.test(name)) return DEPARTMENT_OF_PROSECUTORS.exec(after)?.[0] ?? '';
  const department = UNIVERSITY.test(name) ? DEPARTMENT.exec(after)?.[0] : undefined;
  if (department) return department;
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return '';
  for (let n = next.length; n > 1; n--) if (UNITS.has(next.slice(0, n))) return ` ${next.slice(0, n)}`;
  return '';
}
