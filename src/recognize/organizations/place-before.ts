// A country, province or city written before a body with a space is part of its name: 인천시
// 선거관리위원회, 스웨덴 한림원, 서울 강남경찰서. A district or a neighbourhood there says where the body
// stands (서초구 서울중앙지방법원에서, 여의도 국회), and so does any place before a body whose name starts
// with its own city or province (서초구 서울성모병원, 경기 용인시청). Universities keep their own name
// (미국 하버드대). A mission abroad keeps 駐 and its host country (주베트남 한국대사관). Place names come from
// the places recognizer's lexicon.
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
  if (MISSION.test(body) && word.startsWith('주') && isHost(word.slice(1))) return from; // 주베트남 한국대사관
  const place = placesAt(word, 0)[0];
  return place && place.end === word.length && OWNER_KINDS.has(place.kind) && !LOCAL.test(word) ? from : -1;
}

/** A diplomatic mission, whose name starts with 駐 and the country that hosts it (주베트남 한국대사관, 주한 미국대사관). */
const MISSION = /(?:대사관|영사관|대표부)$/;
/** The one-syllable names of host countries that 주 takes (주미, 주한, 주일), and 유엔. */
const HOST_SHORT = new Set(['미', '한', '일', '중', '러', '영', '독', '불', '유엔']);

function isHost(word: string): boolean {
  if (HOST_SHORT.has(word)) return true;
  const place = placesAt(word, 0)[0];
  return place !== undefined && place.end === word.length && place.kind === 'country';
}

function namesOwnPlace(body: string): boolean {
  return placesAt(body, 0).some((p) => p.end < body.length && (PROVINCES.has(body.slice(0, p.end)) || CITY.test(body.slice(0, p.end))));
}
