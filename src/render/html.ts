// The HTML view: one self-contained page (no network, no external assets; a Content-Security-Policy
// allows only its own style and script) with each document's text marked as in the annotated terminal
// view, hovering a quote lighting up its speaker's mentions, and a table of quotes per speaker.
import { createHash } from 'node:crypto';
import type { DocResult, Entity, Quote } from '../types.js';
import { escapeAttr, escapeText } from './html/escape.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';
import { annotate, type Mark } from './marks.js';

const CLASS: Record<Mark['kind'], string> = {
  quote: 'q', indirect: 'q ind', speaker: 'm spk', PERSON: 'm per', PLACE: 'm loc', ORG: 'm org', date: 'm date',
};
const TYPE_NAME: Record<Entity['type'], string> = { PERSON: '인물 PER', PLACE: '장소 LOC', ORG: '기관 ORG' };

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

const LEGEND = '<div class="legend"><span class="q">“인용 quote”</span><span class="m spk">화자 speaker</span>'
  + '<span class="m per">인물 person</span><span class="m loc">장소 place</span><span class="m org">기관 org</span>'
  + '<span class="m date" data-v="값">날짜 date</span><span class="note">← 화자 (동사) · 인용에 마우스를 올리면 화자가 표시됩니다</span></div>';

export function renderHtml(docs: Array<{ doc: DocResult; text: string }>): string {
  const title = docs.length === 1 ? docs[0]!.doc.id : `${docs.length}건`;
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gisa">
<title>gisa · ${escapeAttr(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>gisa</h1>
${LEGEND}
${docs.map(({ doc, text }, i) => article(doc, text, `d${i}`)).join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function article(doc: DocResult, text: string, prefix: string): string {
  const ids = new Ids(doc, prefix);
  const direct = doc.quotes.filter((q) => q.kind === 'direct').length;
  const facts = `기준일 ${doc.refDate ?? '없음'} · 문장 ${doc.sentences.length} · 인용 ${direct} · 개체 ${doc.entities.length} · 날짜 ${doc.dates.length}`;
  return `<article id="${prefix}">
<h2>${escapeText(doc.id)}</h2>
<p class="facts">${escapeText(facts)}</p>
<div class="text">${markedText(doc, text, ids)}</div>
${speakerTable(doc, ids)}
</article>`;
}

/** Element ids made by gisa (never from the input), so the page's script and links need no escaping. */
class Ids {
  private readonly entityIndex: Map<string, number>;

  constructor(private readonly doc: DocResult, readonly prefix: string) {
    this.entityIndex = new Map(doc.entities.map((e, i) => [e.id, i]));
  }

  entity(index: number): string {
    return `${this.prefix}e${index}`;
  }

  /** The element id of a speaker's entity, by the entity id the result gives. */
  speaker(q: Quote): string | null {
    const i = q.speaker?.entity != null ? this.entityIndex.get(q.speaker.entity) : undefined;
    return i === undefined ? null : this.entity(i);
  }

  quote(index: number): string {
    return `${this.prefix}q${index}`;
  }

  mention(start: number, end: number): string {
    return `${this.prefix}m${start}-${end}`;
  }

  entityOf(mark: Mark): Entity | undefined {
    return mark.entity >= 0 ? this.doc.entities[mark.entity] : undefined;
  }
}

function markedText(doc: DocResult, text: string, ids: Ids): string {
  let html = '';
  for (const piece of annotate(doc, text)) {
    if (piece.kind === 'text') html += escapeText(piece.text);
    else if (piece.kind === 'close') html += '</span>';
    else if (piece.kind === 'open') html += openTag(piece.mark, doc, ids);
    else html += `<span class="note"> ${escapeText(piece.quotes.map((i) => note(doc.quotes[i]!)).join(' '))}</span>`;
  }
  return html;
}

function openTag(mark: Mark, doc: DocResult, ids: Ids): string {
  const attrs: Array<[string, string]> = [['class', CLASS[mark.kind]]];
  const entity = ids.entityOf(mark);
  if (mark.kind === 'quote' || mark.kind === 'indirect') {
    const q = doc.quotes[mark.quote]!;
    const spk = ids.speaker(q);
    attrs.push(['id', ids.quote(mark.quote)], ['title', note(q)]);
    if (spk) attrs.push(['data-spk', spk]);
    if (q.speaker?.mention) attrs.push(['data-m', ids.mention(q.speaker.mention.start, q.speaker.mention.end)]);
  } else if (mark.kind === 'date') {
    const d = mark.date!;
    const value = d.value === null ? '' : d.value + (d.mod ? `/${d.mod}` : '');
    attrs.push(['title', `날짜 DATE${value ? ` = ${value}` : ''}${d.anchor === 'event' ? ' (사건 기준)' : ''}`]);
    if (value) attrs.push(['data-v', value]);
  } else {
    if (mark.kind === 'speaker') attrs.push(['id', ids.mention(mark.start, mark.end)]);
    if (entity) attrs.push(['data-e', ids.entity(mark.entity)]);
    const label = mark.kind === 'speaker' ? '화자 SPK' : TYPE_NAME[mark.kind];
    attrs.push(['title', [label, entity?.name, role(entity)].filter(Boolean).join(' · ')]);
  }
  return `<span ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}>`;
}

const role = (e: Entity | undefined) => (e ? [e.affiliation, e.title].filter(Boolean).join(' ') : '');

const note = (q: Quote) => `← ${q.speaker ? q.speaker.name : '(화자 없음)'}${q.verb ? ` (${q.verb})` : ''}`;

/** Quotes per speaker, the most quoted first; a row's hover lights up the speaker and the quotes. */
function speakerTable(doc: DocResult, ids: Ids): string {
  const rows = new Map<string, { q: Quote; i: number }[]>();
  doc.quotes.forEach((q, i) => {
    const key = q.speaker ? (q.speaker.entity ?? `name:${q.speaker.name}`) : '';
    rows.set(key, [...(rows.get(key) ?? []), { q, i }]);
  });
  if (rows.size === 0) return '<p class="empty">인용 없음 (no quotes)</p>';
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const body = [...rows.values()]
    .sort((a, b) => b.length - a.length || a[0]!.i - b[0]!.i)
    .map((quotes) => {
      const first = quotes[0]!.q;
      const spk = ids.speaker(first);
      const who = first.speaker ? escapeText(first.speaker.name) : '<span class="empty">화자 없음</span>';
      const qs = quotes.map(({ i }) => ids.quote(i)).join(' ');
      const items = quotes.map(({ q, i }) => `<li><a href="#${ids.quote(i)}">${escapeText(q.text)}</a>${q.verb ? ` <span class="verb">${escapeText(q.verb)}</span>` : ''}</li>`);
      return `<tr data-qs="${qs}"${spk ? ` data-spk="${spk}"` : ''}><td>${who}</td><td>${escapeText(role(entities.get(first.speaker?.entity ?? '')))}</td>`
        + `<td class="n">${quotes.length}</td><td><ol>${items.join('')}</ol></td></tr>`;
    });
  return `<table class="speakers"><caption>화자별 인용 · quotes per speaker</caption>
<thead><tr><th>화자</th><th>소속·직함</th><th>수</th><th>인용</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>`;
}
