// What each rule needs of a word before it looks closer, as bits worked out once per distinct word
// (word-table.ts) and copied into each token. indexByFlag (tokens.ts) lists the words of each bit once per
// document, so a rule gated by its bit walks only those words.

/** A title, or a head like 정부 (titled.ts). */
export const TITLE_HEAD = 1;
/** A title that stands before a name, or one with the copula 인 (apposition.ts). */
export const BEFORE_A_NAME = 2;
/** A name and title written together (fused.ts). */
export const FUSED = 4;
/** A Korean name (byline.ts). */
export const KOREAN = 8;
/** Starts with a name that is no place (list.ts). */
export const LIST_NAME = 16;
/** Shaped like a three-syllable name with a particle that may follow it (bare.ts). */
export const BARE_NAME = 32;
/** A word that may say a role is played: 역, 연기한, 분했다 (role.ts). */
export const ROLE_VERB = 64;
/** An anonymised name's word (김모) or a capital letter alone (A), before a title (anonymised.ts). */
export const ANONYMISED = 128;
/** 씨, 군 or 양, or a noun ending in 씨 (addressed.ts). */
export const ADDRESS_WORD = 256;
/** A well-known name or the first word of one (well-known.ts). */
export const WELL_KNOWN = 512;
/** A common foreign first name (foreign-pair.ts). */
export const FOREIGN_FIRST = 1024;
/** A given name with the familiar suffix 이 and a particle: 춘복이는 (hypocoristic.ts). */
export const HYPOCORISTIC = 2048;
/** A foreign family name known by its ending, with a particle: 잭슨은 (foreign-surname.ts). */
export const FOREIGN_SURNAME = 4096;

/** A common Japanese family name (japanese-name.ts). */
export const JAPANESE_SURNAME = 8192;
/** A common foreign first name with a particle: 애슐리는 (first-name.ts). */
export const FIRST_NAME_ALONE = 16384;
/** A Chinese name written as one word, with a particle: 왕샤오밍은 (chinese-name.ts). */
export const CHINESE_NAME = 32768;

// Bits from here on describe the word's shape and are not listed by indexByFlag.
/** How many bits above are listed by indexByFlag (tokens.ts). */
export const LISTED_BITS = 16;
/** A two-syllable noun without 은 or 이 after it (preferShortNames in index.ts). */
export const SHORT_NOUN = 65536;
