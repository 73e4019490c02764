// 2025.6.5, 2025. 6. 5., 2025-06-05, 2025/06/05: a full date in digits (page datelines and captions).
import { DAY_NUM, MONTH_NUM, NUMBER_START, SEP, YEAR_NUM } from './patterns.js';
import { newParts } from './parts.js';
import type { Parser } from './types.js';

const SEPARATOR = `(?:\\.${SEP}|-|/)`;

export const numericDate: Parser = {
  starts: { digits: true, afterDigits: '.-/', words: [] },
  // Not followed by more digits or another separated number (a version 2025.6.5.1, a URL path).
  pattern: `${NUMBER_START}(?<year>${YEAR_NUM})${SEPARATOR}(?<month>${MONTH_NUM})${SEPARATOR}(?<day>${DAY_NUM})(?![0-9]|[./\\-][0-9A-Za-z])`,
  extract(g) {
    const parts = newParts();
    parts.year = +g.year!;
    parts.month = +g.month!;
    parts.day = +g.day!;
    return { parts };
  },
};
