// The sample article: kinds, caption skip ranges and sentences against a committed golden file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = readFileSync(new URL('../../fixtures/herald-2025-06-06.txt', import.meta.url), 'utf8');
const golden = JSON.parse(readFileSync(new URL('../../fixtures/segment/herald-2025-06-06.segmented.json', import.meta.url), 'utf8'));
const seg = segment(text);

describe('the sample article', () => {
  it('matches the golden segmentation', () => {
    expect(seg.sentences).toEqual(golden.sentences);
    expect(seg.skip.map((r) => ({ ...r, text: text.slice(r.start, r.end) }))).toEqual(golden.skip);
  });

  it('opens with four headlines, then a caption, then the bracketed byline', () => {
    expect(seg.sentences.slice(0, 7).map((s) => s.kind)).toEqual(['headline', 'headline', 'headline', 'headline', 'caption', 'caption', 'byline']);
    expect(seg.sentences[3].text).toBe('김정은 “러시아 대외정책 무조건적 지지”');
    expect(seg.sentences[6].text).toBe('[헤럴드경제=신대원 기자]');
    expect(seg.sentences[7].text.startsWith('김정은 북한 국무위원장은')).toBe(true);
  });

  it('gives each caption its text only and skips the image markup and URL', () => {
    const captions = seg.sentences.filter((s) => s.kind === 'caption');
    expect(captions).toHaveLength(6);
    for (const c of captions) expect(c.text).not.toMatch(/!\[|\]\(|https?:/);
    const skipped = seg.skip.map((r) => text.slice(r.start, r.end));
    expect(skipped.filter((s) => s === '![')).toHaveLength(3);
    expect(skipped.filter((s) => s.startsWith('](https://wimg.heraldcorp.com/') && s.endsWith('.jpg)'))).toHaveLength(3);
  });

  it('ends with the reporter e-mail as a byline, one body sentence per body line', () => {
    expect(seg.sentences.at(-1)).toMatchObject({ kind: 'byline', text: 'shindw@heraldcorp.com' });
    expect(seg.sentences.filter((s) => s.kind === 'body')).toHaveLength(20);
  });

  it('never cuts a quote: the sentence ends after …”고 전했다.', () => {
    const s = seg.sentences.find((x) => x.text.startsWith('신문은 김 위원장과 쇼이구 서기 면담에서'))!;
    expect(s.text.endsWith('교환됐다”고 전했다.')).toBe(true);
  });
});
