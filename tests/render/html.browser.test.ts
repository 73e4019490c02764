// The HTML page in a real headless Chromium: the marks are there, the text reads as the article,
// hovering a quote lights up its speaker, nothing is fetched, hostile input runs nothing, and dark mode
// changes the colours. Skips (saying why) where Chromium or playwright-core is missing.
// UPDATE_DOCS=1 also writes the screenshots used by the README to docs/.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { hostileDoc, hostileText } from './hostile.js';
import { sampleDoc, sampleText } from './sample.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
type Playwright = typeof import('playwright-core');
const playwright: Playwright | null = await import('playwright-core').catch(() => null);
const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)` : !playwright ? 'playwright-core is not installed' : '';
if (missing) console.warn(`skipping the browser tests: ${missing}`);

describe.skipIf(missing !== '')('renderHtml in Chromium', () => {
  let browser: import('playwright-core').Browser;
  const page = async (html: string, colorScheme: 'light' | 'dark' = 'light') => {
    const p = await browser.newPage({ viewport: { width: 900, height: 900 }, colorScheme });
    const requests: string[] = [];
    const problems: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    p.on('pageerror', (e) => problems.push(e.message));
    p.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await p.setContent(html, { waitUntil: 'load' });
    return { p, requests, problems };
  };

  beforeAll(async () => {
    browser = await playwright!.chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
  });
  afterAll(async () => browser?.close());

  it('shows the marks, and the text reads as the article', async () => {
    const { p, requests, problems } = await page(renderHtml([{ doc: sampleDoc(), text: sampleText }]));
    const count = (sel: string) => p.locator(`article ${sel}`).count();
    expect(await count('.q')).toBe(5);
    expect(await count('.spk')).toBe(3);
    expect(await count('.per')).toBe(1);
    expect(await count('.loc')).toBe(2);
    expect(await count('.org')).toBe(2);
    expect(await count('.date')).toBe(4);
    const text = await p.locator('article .text').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const n of copy.querySelectorAll('.note')) n.remove();
      return copy.textContent;
    });
    expect(text).toBe(sampleText);
    // Quotation marks stay as the article wrote them: no <q> adds its own.
    expect(await p.locator('#d0q0').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await p.close();
  });

  it("hovering a quote lights up its speaker's mentions, and only while hovered", async () => {
    const { p } = await page(renderHtml([{ doc: sampleDoc(), text: sampleText }]));
    const lit = () => p.locator('.hl').evaluateAll((els) => els.map((e) => e.textContent));
    await p.hover('#d0q1');
    expect(await lit()).toEqual(expect.arrayContaining(['박서연', '박 위원', '내년 초에는 수출이 늘 것']));
    expect(await lit()).not.toContain('행정안전부');
    await p.hover('#d0q3');
    expect(await lit()).toEqual(['행정안전부', '지방 재정 지원을 확대하겠다']);
    await p.hover('h1');
    expect(await lit()).toEqual([]);
    // A row of the speakers table lights up the speaker and all their quotes.
    await p.hover('tr[data-spk="d0e0"] td >> nth=0');
    expect(await lit()).toEqual(expect.arrayContaining(['지역 경제가 올해 하반기부터 회복될 것', '다만 물가가 걱정', '박 위원']));
    await p.close();
  });

  it('runs nothing from hostile input', async () => {
    const { p, requests, problems } = await page(renderHtml([{ doc: hostileDoc(), text: hostileText }]));
    await p.hover('#d0q0');
    expect(await p.locator('img, svg, i, b').count()).toBe(0);
    expect(await p.locator('script').count()).toBe(1);
    expect(await p.locator('h2').textContent()).toBe('"><script>alert(3)</script>');
    expect(await p.locator('article .text').textContent()).toContain('<script>alert(1)</script>');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await p.close();
  });

  it('has a dark mode, and takes screenshots', async () => {
    const dir = process.env.UPDATE_DOCS ? new URL('../../docs/', import.meta.url).pathname : mkdtempSync(join(tmpdir(), 'gisa-html-'));
    const html = renderHtml([{ doc: sampleDoc(), text: sampleText }]);
    const background: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { p } = await page(html, scheme);
      background.push(await p.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await p.hover('#d0q1');
      const png = await p.screenshot({ fullPage: true });
      expect(png.length).toBeGreaterThan(10_000);
      writeFileSync(join(dir, `html-view-${scheme}.png`), png);
      await p.close();
    }
    expect(background[0]).not.toBe(background[1]);
  });
});
