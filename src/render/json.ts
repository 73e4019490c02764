// JSON and JSON Lines: the result objects of CONTRACT.md, as they are.
import type { DocError, DocResult } from '../types.js';

export function toJsonLine(doc: DocResult | DocError): string {
  return JSON.stringify(doc) + '\n';
}

/**
 * `--format json` prints one document as an object, several as an array, pretty-printed. To stream the
 * array, each document is rendered as an array element (indented one level); JSON strings hold no raw
 * newline, so indenting after every newline is exact and `JsonArray` output equals
 * `JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)`.
 */
export function toJsonElement(doc: DocResult | DocError): string {
  return JSON.stringify(doc, null, 2).replaceAll('\n', '\n  ');
}

/** The pieces around streamed elements: what to print before element `index`, and after the last. */
export const JsonArray = {
  before: (index: number): string => (index === 0 ? '[\n  ' : ',\n  '),
  end: (count: number): string => (count === 0 ? '[]\n' : '\n]\n'),
  /** A lone document is printed bare, not as an element. */
  single: (element: string): string => element.replaceAll('\n  ', '\n') + '\n',
};
