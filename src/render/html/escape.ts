// HTML escaping for document text and for values taken from results: markup characters become
// entities, control and bidi-override characters are shown as \uXXXX (never passed to the page raw).
import { CONTROL } from '../terminal-safe.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const MARKUP = /[&<>"']/g;

const code = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text content: line breaks and tabs kept (the text is laid out pre-wrap), controls shown in a marked span. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n/g, '\n')
    .replace(MARKUP, (c) => ENTITY[c]!)
    .replace(CONTROL, (c) => `<span class="ctl">${code(c)}</span>`);
}

/** An attribute value (always written in double quotes) or a one-line label: no markup, controls as text. */
export function escapeAttr(s: string): string {
  return s.replace(MARKUP, (c) => ENTITY[c]!).replace(CONTROL, code).replace(/[\t\n]/g, ' ');
}
