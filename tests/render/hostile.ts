// A document written to break an HTML page or a terminal: markup, script, attribute breakers, escape
// sequences and bidi overrides in the text, the id, entity names, titles, verbs and date values.
import type { DocResult } from '../../src/types.js';

export const hostileText = '<script>alert(1)</script> 김"철수\'는 “</div><img src=x onerror=alert(2)>\u001b[2J\u202e”라고 말했다.\n&amp; <!-- -->';

function span(needle: string) {
  const start = hostileText.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length, text: needle };
}

export function hostileDoc(): DocResult {
  const quoteWords = span('</div><img src=x onerror=alert(2)>\u001b[2J\u202e');
  const who = span('김"철수\'');
  return {
    id: '"><script>alert(3)</script>',
    refDate: null,
    sentences: [{ ...span(hostileText.slice(0, hostileText.indexOf('\n'))), kind: 'body' }],
    quotes: [{ kind: 'direct', ...quoteWords, sentence: 0, verb: '<b onclick=alert(4)>말했다</b>', rule: null,
      speaker: { entity: '" onmouseover="alert(5)', name: '<i>김"철수\'</i>', mention: who } }],
    entities: [{ id: '" onmouseover="alert(5)', type: 'PERSON', name: '<i>김"철수\'</i>', title: '"><svg onload=alert(6)>',
      affiliation: '\u001b]0;x\u0007', mentions: [who] }],
    dates: [{ ...span('&amp;'), value: '"><style>body{display:none}</style>', sentence: 0 }],
  };
}
