/**
 * Where each timeline event goes in the SVG (pure, no DOM): a vertical date axis, earliest at the
 * top. Rows sit at their date's place on the axis, pushed down just enough not to overlap, so the
 * order is always the date order and long gaps still look long.
 * The labels are already in the page's language (./data.ts); the caller writes the dates
 * (`writeDate`), so nothing here is English.
 */
import { daysBetween, type ISODate } from '../rules';
import type { TimelineEvent } from './data';

export const VIEW_WIDTH = 300;
export const DATE_X = 84; // right edge of the date column
export const AXIS_X = 98;
export const LABEL_X = 114;
export const LABEL_CHARS = 24; // about what fits in VIEW_WIDTH - LABEL_X at 14 px
export const LINE_HEIGHT = 17;
const TOP = 12;
const BOTTOM = 12;
const ROW_GAP = 10;
/** Height the proportional part of the axis aims for; rows then push it longer where needed. */
const TARGET_AXIS = 360;
const MAX_PX_PER_DAY = 2;

export type Marker = 'happened' | 'milestone-passed' | 'milestone-ahead' | 'today';

export interface PlacedEvent {
  event: TimelineEvent;
  /** Top of the row. */
  y: number;
  /** Centre of the marker on the axis. */
  cy: number;
  height: number;
  lines: string[];
  /** The date text (written with `writeDate`), or undefined when the row above has the same date. */
  dateText?: string;
  marker: Marker;
  /** The stretch of axis from this event to the next lies after today. */
  aheadAfter: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: PlacedEvent[];
}

export function markerFor(e: TimelineEvent): Marker {
  if (e.kind === 'today') return 'today';
  if (e.kind === 'milestone') return e.passed ? 'milestone-passed' : 'milestone-ahead';
  return 'happened';
}

/** Greedy word wrap by characters (SVG text does not wrap by itself). */
export function wrap(text: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  let spaced = false;
  // Words, and each Chinese character (or full-width sign) on its own: Chinese breaks between
  // characters, with no space; a Chinese character is about two Latin letters wide.
  for (const token of text.match(WRAP_TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      spaced = true;
      continue;
    }
    const sep = line && spaced ? ' ' : '';
    spaced = false;
    if (!line) line = token;
    else if (textWidth(line) + sep.length + textWidth(token) <= max) line += sep + token;
    else {
      lines.push(line);
      line = token;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const WIDE = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
const WRAP_TOKENS = new RegExp(`\\s+|[${WIDE}]|[^\\s${WIDE}]+`, 'g');
const WIDE_CHAR = new RegExp(`[${WIDE}]`);
/** The width of a label in Latin letters: a Chinese character counts as two. */
const textWidth = (s: string): number => [...s].reduce((n, ch) => n + (WIDE_CHAR.test(ch) ? 2 : 1), 0);

export function layoutTimeline(events: readonly TimelineEvent[], writeDate: (date: ISODate) => string): TimelineLayout {
  if (events.length === 0) return { width: VIEW_WIDTH, height: 0, rows: [] };
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;
  const span = Math.max(1, daysBetween(first, last) ?? 1);
  const pxPerDay = Math.min(MAX_PX_PER_DAY, TARGET_AXIS / span);
  const today = events.find((e) => e.kind === 'today')?.date;

  const rows: PlacedEvent[] = [];
  let nextFree = TOP;
  events.forEach((event, i) => {
    const lines = wrap(event.label);
    const height = Math.max(lines.length * LINE_HEIGHT, 20);
    const proportional = TOP + Math.max(0, daysBetween(first, event.date) ?? 0) * pxPerDay;
    const y = Math.round(Math.max(proportional, nextFree));
    nextFree = y + height + ROW_GAP;
    const next = events[i + 1];
    rows.push({
      event,
      y,
      cy: y + 8,
      height,
      lines,
      dateText: i > 0 && events[i - 1]!.date === event.date ? undefined : writeDate(event.date),
      marker: markerFor(event),
      aheadAfter: today !== undefined && next !== undefined && next.date > today,
    });
  });
  const end = rows[rows.length - 1]!;
  return { width: VIEW_WIDTH, height: Math.ceil(end.y + end.height + BOTTOM), rows };
}
