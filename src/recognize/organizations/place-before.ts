// A country, province or city written before a body with a space is part of its name: 인천시
// 선거관리위원회, 스웨덴 한림원, 서울 강남경찰서. A district or a neighbourhood there says where the body
// stands (서초구 서울중앙지방법원에서, 여의도 국회), and so does any place before a body whose name starts
// with its own city or province (서초구 서울성모병원, 경기 용인시청). Universities keep their own name
// (미국 하버드대). Place names come from the places recognizer's lexicon.
import { placesAt } from '../places/index.js';
import { readList } from './lists.js';
import { isWordLetter } from './scan.js';

const PROVINCES = new Set(readList('provinces.txt'));
const OWNER_KINDS = new Set(['country', 'division', 'list-only']);
const LOCAL = /[구동읍면리]$/;
const CITY = /[시도군]$/;
const UNIVERSITY = /(?:대|대학|대학교)$/;

/** Where the place that heads the body text[start…] = `body` begins (one space before it), or -1. */
export function placeBefore(text: string, start: number, body: string): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20 || UNIVERSITY.test(body) || namesOwnPlace(body)) return -1;
  let from = start - 1;
  while (from > 0 && isWordLetter(text.charCodeAt(from - 1))) from--;
  if (from === start - 1 || (from > 0 && text[from - 1] === '·')) return -1; // a list of places (서울·부산 경찰청)
  const word = text.slice(from, start - 1);
  const place = placesAt(word, 0)[0];
  return place && place.end === word.length && OWNER_KINDS.has(place.kind) && !LOCAL.test(word) ? from : -1;
}

function namesOwnPlace(body: string): boolean {
  return placesAt(body, 0).some((p) => p.end < body.length && (PROVINCES.has(body.slice(0, p.end)) || CITY.test(body.slice(0, p.end))));
}
