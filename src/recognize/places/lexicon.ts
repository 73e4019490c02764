// The one trie of place names, built at module load from the platform's country names and the data files.
import { countryNames } from './countries.js';
import { readNames, readRows, readSet } from './data.js';
import { PlaceTrie, type PlaceKind } from './trie.js';

export const PLACES = new PlaceTrie();

for (const [surface, names] of countryNames()) PLACES.add(surface, { names, kind: 'country' });
for (const [surface, names, note] of readNames('korea.txt')) {
  PLACES.add(surface, { names, kind: note === 'list-only' ? 'list-only' : 'division' });
}
for (const file of ['korea-areas.txt', 'world.txt', 'regions.txt']) {
  for (const [surface, names] of readNames(file)) PLACES.add(surface, { names, kind: 'place' });
}

/** Where a short form counts: see data/short-forms.txt. */
export type ShortKind = 'compound' | 'list' | 'alone' | 'hanja' | 'hanja-surname' | 'hanja-compound' | 'prefix' | 'word';

export interface ShortForm {
  name: string;
  kinds: Set<ShortKind>;
}

/** One-syllable and one-character forms (미, 北) by UTF-16 code. */
const SHORT_FORMS = new Map<number, ShortForm>();

for (const [form, name, kinds] of readRows('short-forms.txt')) {
  if (kinds === 'prefix' || kinds === 'word') PLACES.add(form, { names: [name], kind: kinds as PlaceKind });
  else SHORT_FORMS.set(form.charCodeAt(0), { name, kinds: new Set(kinds.split(',') as ShortKind[]) });
}

/** The short form at `text[i]` when it counts in one of the given ways. */
export function shortForm(text: string, i: number, kinds: readonly ShortKind[]): ShortForm | undefined {
  const short = SHORT_FORMS.get(text.charCodeAt(i));
  if (short) for (const k of kinds) if (short.kinds.has(k)) return short;
  return undefined;
}

/** Words made of short forms that are ordinary words unless a compound word follows (중일 때 / 중일 관계). */
export const COMPOUND_STOP = readSet('compound-stop.txt');

/** Words that follow a compound of short forms (관계, 정상회담, 동맹). */
export const COMPOUND_SUFFIXES = [...readSet('compound-suffixes.txt')];

/** Words fused after a place that keep it a place (측, 발, 일대); not part of the span. */
export const PLACE_SUFFIXES = [...readSet('suffixes.txt')];

/** Titles that, fused after 韓, make it a surname (韓총리 is the prime minister 한 씨, not Korea). */
export const TITLES = [...readSet('titles.txt')];
