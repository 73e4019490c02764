// What speaker resolution returns, and the helpers every resolver shares.
import type { Span } from '../../types.js';
import type { Referent, ReferentKind } from '../coref.js';

/** How a phrase was read: it names the speaker itself, or by coreference, as a body or as a source. */
export type Reading = 'name' | 'coref-title' | 'pronoun' | 'organization' | 'unnamed-source';

export interface Resolved {
  name: string;
  entity: string | null;
  kind: ReferentKind;
  title: string;
  mention: Span | null;
  how: Reading;
}

export function fromReferent(r: Referent, mention: Span, how: Reading): Resolved {
  return { name: r.name, entity: r.entity, kind: r.kind, title: r.title, mention, how };
}

export function spanOf(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}
