// Country and world-region names in Korean, from the platform: Intl.DisplayNames names every ISO 3166
// region and UN M49 area, so no country list has to be shipped. data/countries.txt adds other names
// and drops Intl names that are ordinary words.
import { readNames } from './data.js';

// Codes Intl names that are not places (EU, UN, pseudo-locales, "unknown", the world as a whole).
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', '001']);

function intlNames(): Map<string, string> {
  const display = new Intl.DisplayNames('ko', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  for (let n = 1; n < 1000; n++) codes.push(String(n).padStart(3, '0'));
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
