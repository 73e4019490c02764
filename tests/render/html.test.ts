// The HTML page: self-contained, every mark present, and safe whatever the text and the results hold.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { hostileDoc, hostileText } from './hostile.js';
import { sampleDoc, sampleText } from './sample.js';

const SAFE_ATTRS = ['class', 'id', 'title', 'data-', 'href', 'lang', 'charset', 'http-equiv', 'content', 'name'];

describe('renderHtml', () => {
  const page = renderHtml([{ doc: sampleDoc(), text: sampleText }]);

  it('marks quotes, the speaker mentions, persons, places, organizations and dates', () => {
    expect(page.match(/<span class="q" id=/g)).toHaveLength(5);
    expect(page).toContain('<span class="m spk" id="d0m');
    expect(page).toMatch(/<span class="m per" data-e="d0e5"[^>]*>김하늘<\/span>/);
    expect(page).toMatch(/<span class="m loc" data-e="d0e2"[^>]*>서울<\/span>/);
    expect(page).toMatch(/<span class="m org" data-e="d0e1"[^>]*>한빛연구원<\/span>/);
    expect(page).toContain('data-v="2027/START">내년 초</span>');
    expect(page).not.toMatch(/<q[\s>]/);
  });

  it('needs nothing from the network', () => {
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import/);
    expect(page).toContain("default-src 'none'");
  });

  it('has a light and a dark scheme', () => {
    expect(page).toContain('@media (prefers-color-scheme: dark)');
  });

  it('lists quotes per speaker, the most quoted first', () => {
    const rows = [...page.matchAll(/<tr data-qs="([^"]*)"(?: data-spk="([^"]*)")?><td>([^<]*)/g)].map((m) => [m[3], m[1]]);
    expect(rows[0]).toEqual(['박서연', 'd0q0 d0q1 d0q2']);
    expect(rows.map((r) => r[0])).toEqual(['박서연', '행정안전부', '']);
  });

  it('escapes everything that comes from the input', () => {
    const hostile = renderHtml([{ doc: hostileDoc(), text: hostileText }, { doc: sampleDoc(), text: sampleText }]);
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile.match(/<style/g)).toHaveLength(1);
    expect(hostile).not.toMatch(/<(?:img|svg|i|b)[\s>]|<\/div><img/);
    expect(hostile).not.toMatch(/<!--/);
    for (const [tag, name, attrs] of hostile.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
      expect(attrs, tag).toMatch(/^(?:\s[a-z-]+="[^"]*")*$/);
      for (const [, attr] of attrs!.matchAll(/\s([a-z-]+)="[^"]*"/g)) expect(SAFE_ATTRS, `${name} ${attr}`).toContain(attr!.replace(/^data-.*/, 'data-'));
    }
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('<span class="ctl">\\u001b</span>[2J');
    expect(hostile).toContain('&amp;amp;');
    // Ids in the page are gisa's own: the hostile entity id never reaches an attribute.
    expect(hostile).toContain('data-spk="d0e0"');
    expect(hostile).not.toContain('alert(5)');
  });
});
