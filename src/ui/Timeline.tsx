/**
 * The case on one date axis: an accessible SVG picture (role="img", named by its <title>) and,
 * after it, an ordered list with the same events in the same order (the text alternative).
 * Shapes, not colours, tell events apart: circle = something that happened, filled square = a date
 * that has passed, outlined square = a date still ahead, diamond = today. Everything is drawn in
 * currentColor, so it follows the page's colour scheme and prints black on white.
 */
import { useId, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { formatDateIn } from '../i18n/dates';
import type { TimelineEvent } from '../timeline/data';
import { AXIS_X, DATE_X, LABEL_X, LINE_HEIGHT, layoutTimeline, type Marker } from '../timeline/layout';
import './timeline.css';

export interface TimelineProps {
  /** From `buildTimeline(caseFile, assessment, asOf, writerIn(i18n)).events`: already in date order, in the page's language. */
  events: readonly TimelineEvent[];
  /** The picture's name; also the visible caption (by default "Your case on a timeline", in the page's language). */
  title?: string;
  /** Sentences from `describeCounters(...)`, shown above the picture. */
  counters?: readonly string[];
  /** Show the text alternative on screen too (it is always there for screen readers). */
  showList?: boolean;
}

/** The axis stops this far from a marker's centre (its half size plus a little air). */
const MARK_GAP: Record<Marker, number> = { happened: 8, 'milestone-passed': 8, 'milestone-ahead': 8, today: 11 };

export function Timeline({ events, title: titleGiven, counters, showList = false }: TimelineProps) {
  const { i18n } = useLingui();
  const id = useId();
  const title = titleGiven ?? i18n._('result.timeline.title');
  const date = (iso: string) => formatDateIn(i18n.locale, iso);
  const svgTitleId = `${id}-title`;
  const captionId = `${id}-caption`;
  if (events.length === 0) return null;
  const layout = layoutTimeline(events, date);
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;

  return (
    <figure className="tl" aria-labelledby={captionId}>
      <figcaption id={captionId} className="tl-caption">{title}</figcaption>
      {counters && counters.length > 0 && (
        <ul className="tl-counters">
          {counters.map((c) => <li key={c}>{c}</li>)}
        </ul>
      )}
      <svg
        className="tl-svg"
        role="img"
        aria-labelledby={svgTitleId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        focusable="false"
      >
        <title id={svgTitleId}>
          {i18n._('result.timeline.svgTitle', { title, count: events.length, from: date(first), to: date(last) })}
        </title>
        {layout.rows.map((row, i) => {
          const next = layout.rows[i + 1];
          const y1 = row.cy + MARK_GAP[row.marker];
          const y2 = next ? next.cy - MARK_GAP[next.marker] : y1;
          return next && y2 > y1 ? (
            <line
              key={`axis-${i}`}
              className={row.aheadAfter ? 'tl-axis tl-axis-ahead' : 'tl-axis'}
              x1={AXIS_X} x2={AXIS_X} y1={y1} y2={y2}
              stroke="currentColor" strokeWidth={2}
              strokeDasharray={row.aheadAfter ? '2 5' : undefined}
            />
          ) : null;
        })}
        {layout.rows.map((row, i) => (
          <g key={`row-${i}`} className={`tl-row tl-${row.event.kind} tl-mark-${row.marker}`}>
            {row.dateText && (
              <text className="tl-date" x={DATE_X} y={row.y + 13} textAnchor="end" fontSize={13} fill="currentColor">
                {row.dateText}
              </text>
            )}
            <MarkerShape marker={row.marker} cx={AXIS_X} cy={row.cy} />
            <text
              className="tl-label"
              x={LABEL_X}
              y={row.y + 13}
              fontSize={14}
              fontWeight={row.marker === 'today' ? 700 : undefined}
              fill="currentColor"
            >
              {row.lines.map((line, j) => (
                <tspan key={j} x={LABEL_X} dy={j === 0 ? 0 : LINE_HEIGHT}>
                  {markEnglish(line, englishRanges(row.lines.join(' '), row.event.english), 'tspan', lineStart(row.lines, j))}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      <Legend />
      <ol className={showList ? 'tl-list' : 'tl-list tl-visually-hidden'} aria-label={i18n._('result.timeline.listName', { title })}>
        {events.map((e, i) => (
          <li key={i} className={`tl-item tl-item-${e.kind}`}>
            {e.detail ? (
              <Trans
                id="result.timeline.itemWithDetail"
                values={{
                  date: date(e.date),
                  label: markEnglish(e.label, englishRanges(e.label, e.english), 'span'),
                  state: stateOf(e),
                  detail: markEnglish(e.detail, englishRanges(e.detail, e.english), 'span'),
                }}
                components={{ 0: <time dateTime={e.date} /> }}
              />
            ) : (
              <Trans
                id="result.timeline.item"
                values={{ date: date(e.date), label: markEnglish(e.label, englishRanges(e.label, e.english), 'span'), state: stateOf(e) }}
                components={{ 0: <time dateTime={e.date} /> }}
              />
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Where CEAC's own words (English in every language) are in a text: [start, end) ranges, in order. */
function englishRanges(text: string, words: readonly string[] = []): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) out.push([i, i + w.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Where line `j` of a wrapped label starts in the label (lines are joined by one space). */
const lineStart = (lines: readonly string[], j: number): number =>
  lines.slice(0, j).reduce((n, line) => n + line.length + 1, 0);

/**
 * A text (found at `offset` in the whole) with CEAC's words in it marked lang="en", so that a screen
 * reader reads them in English on a page in another language.
 */
function markEnglish(text: string, ranges: ReadonlyArray<[number, number]>, Tag: 'span' | 'tspan', offset = 0): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start - offset, at);
    const to = Math.min(end - offset, text.length);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<Tag key={from} lang="en">{text.slice(from, to)}</Tag>);
    at = to;
  }
  if (!parts.length) return text;
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Whether a milestone has passed or is still ahead (the list's messages say it with `{state, select, ...}`). */
function stateOf(e: TimelineEvent): 'passed' | 'ahead' | 'none' {
  if (e.kind !== 'milestone') return 'none';
  return e.passed ? 'passed' : 'ahead';
}

function MarkerShape({ marker, cx, cy }: { marker: Marker; cx: number; cy: number }) {
  switch (marker) {
    case 'happened':
      return <circle className="tl-marker" cx={cx} cy={cy} r={6} fill="currentColor" />;
    case 'milestone-passed':
      return <rect className="tl-marker" x={cx - 6} y={cy - 6} width={12} height={12} fill="currentColor" />;
    case 'milestone-ahead':
      return (
        <rect className="tl-marker" x={cx - 5} y={cy - 5} width={10} height={10} fill="none" stroke="currentColor" strokeWidth={2} />
      );
    case 'today':
      return (
        <path className="tl-marker" d={`M${cx} ${cy - 9}L${cx + 9} ${cy}L${cx} ${cy + 9}L${cx - 9} ${cy}Z`} fill="currentColor" />
      );
  }
}

const LEGEND: Array<{ marker: Marker; id: string }> = [
  { marker: 'happened', id: /*i18n*/ 'result.timeline.legend.happened' },
  { marker: 'milestone-passed', id: /*i18n*/ 'result.timeline.legend.passed' },
  { marker: 'milestone-ahead', id: /*i18n*/ 'result.timeline.legend.ahead' },
  { marker: 'today', id: /*i18n*/ 'result.timeline.legend.today' },
];

function Legend() {
  const { i18n } = useLingui();
  return (
    <ul className="tl-legend">
      {LEGEND.map(({ marker, id }) => (
        <li key={marker}>
          <svg className="tl-legend-icon" viewBox="0 0 20 20" width={16} height={16} aria-hidden="true" focusable="false">
            <MarkerShape marker={marker} cx={10} cy={10} />
          </svg>
          {i18n._(id)}
        </li>
      ))}
    </ul>
  );
}
