// The date parsers in the order the scanner tries them at one position: longer forms before the
// shorter ones they contain (2025.6.5 and 2025년 6월 before 6월, 6월 before 4일).
import { bareDay } from './bare-day.js';
import { cycleYear } from './cycle-year.js';
import { decade } from './decade.js';
import { eventAnchor } from './event-anchor.js';
import { listedDay } from './listed-day.js';
import { monthLed } from './month-led.js';
import { numericDate } from './numeric-date.js';
import { relativeDay } from './relative-day.js';
import type { Parser } from './types.js';
import { yearLed } from './year-led.js';

export const PARSERS: readonly Parser[] = [numericDate, decade, cycleYear, yearLed, monthLed, bareDay, listedDay, relativeDay, eventAnchor];
