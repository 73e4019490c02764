// The result objects of ../CONTRACT.md (shared/CONTRACT.md) and the values passed between stages.
// Every span is {start, end, text} with text === documentText.slice(start, end) (UTF-16 offsets).

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a line of an article is: a headline, a photo caption, a byline/dateline, or running text. */
export type SentenceKind = 'headline' | 'caption' | 'byline' | 'body';

export interface Sentence extends Span {
  kind: SentenceKind;
}

/** The segment stage's output: the text, its sentences, and ranges that are not prose (URLs, markup). */
export interface Segmented {
  text: string;
  sentences: Sentence[];
  /** Sorted, non-overlapping ranges no recognizer should look at (a caption's URL, markdown syntax). */
  skip: Array<{ start: number; end: number }>;
}

export type EntityType = 'PERSON' | 'PLACE' | 'ORG';

/** One mention found by a recognizer, before mentions are linked into entities. */
export interface Mention extends Span {
  type: EntityType;
  /** The canonical name this mention stands for as far as the recognizer can tell (북러 → 북한 and 러시아 are two mentions). */
  name: string;
  /** A person's or organization's title seen with this mention (위원장, 선임연구위원). */
  title?: string;
  /** The body the person belongs to, seen with this mention (통일연구원). */
  affiliation?: string;
  /** A partial mention to be linked to a fuller one in the document: `surname` (홍 위원), `short` (신문 → 노동신문). */
  partial?: 'surname' | 'short';
  /** The rule that produced it, for debugging and error counts. */
  rule: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  title: string | null;
  affiliation: string | null;
  mentions: Span[];
}

export interface DateItem extends Span {
  /** TIMEX3 value (2025-06-04, 2025-06, 2025), or null when a relative date has no reference. */
  value: string | null;
  mod?: 'START' | 'MID' | 'END';
  /** Set for words that point back to an event (이날, 전날, 당일) rather than to the calendar. */
  anchor?: 'event';
  sentence: number;
}

export interface Speaker {
  /** Id of the entity that spoke, or null for an unnamed source (정부 고위 관계자). */
  entity: string | null;
  name: string;
  /** The words that name the speaker for this quote, or null when the subject is left unsaid. */
  mention: Span | null;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  sentence: number;
  speaker: Speaker | null;
  /** The reporting verb that frames the quote (말했다, 밝혔다, 라며 …), or null. */
  verb: string | null;
  /** The attribution rule that chose the speaker (subject-before, coref-title, continuation …). */
  rule: string | null;
}

export interface DocResult {
  id: string;
  refDate: string | null;
  sentences: Sentence[];
  quotes: Quote[];
  entities: Entity[];
  dates: DateItem[];
  meta?: Record<string, unknown>;
}

export interface DocError {
  id: string;
  error: { code: string; message: string };
}
