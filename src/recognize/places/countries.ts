// Country and world-region names in Korean, from the platform: Intl.DisplayNames names every ISO 3166
// region and UN M49 area, so no country list has to be shipped. data/countries.txt adds other names
// and drops Intl names that are ordinary words.
import { readNames } from './data.js';

// Codes Intl names that are not places (EU, UN, pseudo-locales, "unknown").
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * The UN M49 areas CLDR names (continents and their parts: 002 아프리카, 030 동아시아, 419 라틴 아메리카),
 * but 001, the world as a whole.
 * Listed rather than found by asking for every code 001–999: most are no area, and asking costs ~14 ms
 * at each start of a thread.
 */
const M49_AREAS = [
  '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035',
  '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419',
];

function intlNames(): Map<string, string> {
  const display = new Intl.DisplayNames('ko', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  codes.push(...M49_AREAS);
  const out = new Map<string, string>();
  for (const code of codes) {
    if (NOT_PLACES.has(code)) continue;
    const name = display.of(code)?.replace(/\(.*\)$/, ''); // 홍콩(중국 특별행정구) → 홍콩
    if (!name || name === code) continue;
    // 중앙 아시아 is written 중앙아시아 in news: both spellings, one canonical name without the space.
    const canonical = name.replaceAll(' ', '');
    out.set(name, canonical);
    out.set(canonical, canonical);
  }
  return out;
}

/** Every country surface form → its canonical names; data/countries.txt overrides Intl ("-" drops a form). */
export function countryNames(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [surface, canonical] of intlNames()) out.set(surface, [canonical]);
  for (const [surface, names] of readNames('countries.txt')) {
    if (names[0] === '-') out.delete(surface);
    else out.set(surface, names);
  }
  return out;
}
