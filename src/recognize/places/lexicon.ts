// The one trie of place names, built at module load from the platform's country names and the data files,
// and the short forms (미, 北) with where each counts.
import { countryNames } from './countries.js';
import { readNames, readRows, readSet } from './data.js';
import { PlaceTrie, type PlaceKind } from './trie.js';
import { WordSet } from './words.js';

export const PLACES = new PlaceTrie();

for (const [surface, names] of countryNames()) PLACES.add(surface, { names, kind: 'country' });
for (const [surface, names, note] of readNames('korea.txt')) {
  PLACES.add(surface, { names, kind: note === 'list-only' ? 'list-only' : 'division' });
}
for (const file of ['korea-areas.txt', 'world.txt', 'regions.txt', 'nature.txt']) {
  for (const [surface, names] of readNames(file)) PLACES.add(surface, { names, kind: 'place' });
}

/** Where a short form counts (see data/short-forms.txt), as bits so a rule asks for several at once. */
export const SHORT = {
  compound: 1,
  list: 2,
  alone: 4,
  hanja: 8,
  'hanja-surname': 16,
  'hanja-compound': 32,
} as const;
type ShortKind = keyof typeof SHORT;

/** One-syllable and one-character forms (미, 北) by UTF-16 code: the canonical name and the SHORT bits. */
const SHORT_NAMES = new Map<number, string>();
const SHORT_KINDS = new Uint8Array(0x10000);

for (const [form, name, kinds] of readRows('short-forms.txt')) {
  if (kinds === 'prefix' || kinds === 'word') PLACES.add(form, { names: [name], kind: kinds as PlaceKind });
  else {
    const code = form.charCodeAt(0);
    SHORT_NAMES.set(code, name);
    for (const kind of kinds.split(',')) SHORT_KINDS[code] |= SHORT[kind as ShortKind];
  }
}

/** Whether the character at `text[i]` is a short form that counts in one of the ways in `kinds` (SHORT bits): a table read. */
export function isShortForm(text: string, i: number, kinds: number): boolean {
  return (SHORT_KINDS[text.charCodeAt(i)] & kinds) !== 0;
}

/** Whether the UTF-16 code `code` is a short form that counts in one of the ways in `kinds` (SHORT bits). */
export const isShortFormCode = (code: number, kinds: number): boolean => (SHORT_KINDS[code] & kinds) !== 0;

/** The canonical name of the short form at `text[i]` when it counts in one of the ways in `kinds` (SHORT bits). */
export function shortForm(text: string, i: number, kinds: number): string | undefined {
  const code = text.charCodeAt(i);
  return SHORT_KINDS[code] & kinds ? SHORT_NAMES.get(code) : undefined;
}

/** Words made of short forms that are ordinary words unless a compound word follows (중일 때 / 중일 관계). */
export const COMPOUND_STOP = readSet('compound-stop.txt');

/** Words that follow a compound of short forms (관계, 정상회담, 동맹). */
export const COMPOUND_SUFFIXES = new WordSet(readSet('compound-suffixes.txt'));

/** Words fused after a place that keep it a place (측, 발, 일대); not part of the span. */
export const PLACE_SUFFIXES = new WordSet(readSet('suffixes.txt'));

/** Titles that, fused after 韓, make it a surname (韓총리 is the prime minister 한 씨, not Korea). */
export const TITLES = new WordSet(readSet('titles.txt'));
