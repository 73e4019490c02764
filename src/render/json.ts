// JSON and JSON Lines: the result objects of CONTRACT.md, as they are.
import type { DocError, DocResult } from '../types.js';

export function toJsonLine(doc: DocResult | DocError): string {
  return JSON.stringify(doc) + '\n';
}

/** `--format json`: one document as an object, several as an array, pretty-printed. */
export function toJson(docs: Array<DocResult | DocError>): string {
  return JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n';
}
