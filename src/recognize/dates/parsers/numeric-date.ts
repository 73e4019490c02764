// 2025.6.5, 2025. 6. 5., 2025-06-05, 2025/06/05: a full date in digits (page datelines and captions).
import { DAY_NUM, MONTH_NUM, NUMBER_START, SEP, YEAR_NUM } from './patterns.js';
import type { Parser } from './types.js';

const SEPARATOR = `(?:\\.${SEP}|-|/)`;

export const numericDate: Parser = {
  firstChars: '0123456789',
  // Not followed by more digits or another separated number (a version 2025.6.5.1, a URL path).
  pattern: `${NUMBER_START}(?<year>${YEAR_NUM})${SEPARATOR}(?<month>${MONTH_NUM})${SEPARATOR}(?<day>${DAY_NUM})(?![0-9]|[./\\-][0-9A-Za-z])`,
  extract: (g) => ({ parts: { year: +g.year!, month: +g.month!, day: +g.day! } }),
};
