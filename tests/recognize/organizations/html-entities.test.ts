// Text scraped from web pages keeps HTML character references (&quot;, &lt;, &#39;) around names: a name's
// word ends before one, though & joins the letters of AT&T and S&P. Found on an invented economy article.
import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

describe('HTML character references', () => {
  it('end the word of a name before them', () => {
    expect(texts('&lt;b&gt;삼성전자&lt;/b&gt;는 밝혔다.')).toEqual(['삼성전자']);
    expect(texts('&quot;LG전자&quot;가 밝혔다. 삼성전자&#39;s 실적')).toEqual(['LG전자', '삼성전자']);
  });

  it('leave & inside a name alone', () => {
    expect(texts('AT&T는 밝혔다.')).toEqual(['AT&T']);
  });
});
