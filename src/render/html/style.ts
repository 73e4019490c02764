// The page's stylesheet: the marks' colours for light and dark mode (prefers-color-scheme), the
// highlight a hovered quote gives its speaker's mentions, and the quotes-per-speaker table.
export const STYLE = `
:root { color-scheme: light dark; --bg: #fdfdfc; --fg: #1d1d1f; --muted: #6b6f76; --line: #d9dbe0;
  --quote: #e5f5ea; --quote-edge: #1f8a43; --per: #0b6e80; --loc: #9a5b00; --org: #3146b0; --date: #b3204f;
  --spk: #8b2fa8; --hl: #ffe58a; --hl-fg: #111; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15171c; --fg: #e4e6eb; --muted: #9aa0a8; --line: #343843;
    --quote: #1c3325; --quote-edge: #5cc97f; --per: #5fd3e6; --loc: #ffbd6b; --org: #9fb0ff; --date: #ff9cbc;
    --spk: #e29cf6; --hl: #6a5400; --hl-fg: #fff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 54rem; padding: 1.5rem 1rem 4rem; background: var(--bg); color: var(--fg);
  font: 17px/1.85 "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 0; overflow-wrap: anywhere; }
.legend { position: sticky; top: 0; background: var(--bg); padding: .4rem 0; border-bottom: 1px solid var(--line);
  font-size: .9rem; z-index: 1; }
.legend span { margin-right: .9em; white-space: nowrap; }
article { margin-top: 2rem; padding-top: 1rem; border-top: 3px solid var(--line); }
.facts { color: var(--muted); font-size: .9rem; margin: .2rem 0 1rem; }
.text { white-space: pre-wrap; word-break: keep-all; overflow-wrap: anywhere; }
.q { background: var(--quote); border-bottom: 2px solid var(--quote-edge); border-radius: 3px; cursor: pointer; }
.q.ind { background: none; border-bottom-style: dashed; }
.m { border-bottom: 1.5px solid currentColor; }
.per { color: var(--per); }
.loc { color: var(--loc); }
.org { color: var(--org); }
.date { color: var(--date); }
.date[data-v]::after { content: attr(data-v); font-size: .68em; vertical-align: super; color: var(--muted); margin-left: .15em; }
.spk { color: var(--spk); font-weight: 700; border-bottom-width: 2.5px; }
.note { color: var(--muted); font-size: .85em; }
.ctl { font: .85em monospace; color: var(--date); border: 1px dotted currentColor; border-radius: 2px; }
.hl { background: var(--hl) !important; color: var(--hl-fg) !important; box-shadow: 0 0 0 2px var(--spk); border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin-top: 1.2rem; font-size: .92rem; line-height: 1.6; }
caption { text-align: left; font-weight: 700; padding: .3rem 0; }
th, td { border-top: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td ol { margin: 0; padding-left: 1.2rem; }
td a { color: inherit; text-decoration-color: var(--quote-edge); }
tr[data-spk]:hover, tr[data-qs]:hover { background: var(--quote); }
.verb { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
`;
