/**
 * The case on one date axis: an accessible SVG picture (role="img", named by its <title>) and,
 * after it, an ordered list with the same events in the same order (the text alternative).
 * Shapes, not colours, tell events apart: circle = something that happened, filled square = a date
 * that has passed, outlined square = a date still ahead, diamond = today. Everything is drawn in
 * currentColor, so it follows the page's colour scheme and prints black on white.
 */
import { useId } from 'react';
import { formatDate } from '../rules';
import type { TimelineEvent } from '../timeline/data';
import { AXIS_X, DATE_X, LABEL_X, LINE_HEIGHT, layoutTimeline, type Marker } from '../timeline/layout';
import './timeline.css';

export interface TimelineProps {
  /** From `buildTimeline(caseFile, assessment, asOf).events`: already in date order. */
  events: readonly TimelineEvent[];
  /** The picture's name; also the visible caption. */
  title?: string;
  /** Sentences from `describeCounters(...)`, shown above the picture. */
  counters?: readonly string[];
  /** Show the text alternative on screen too (it is always there for screen readers). */
  showList?: boolean;
}

/** The axis stops this far from a marker's centre (its half size plus a little air). */
const MARK_GAP: Record<Marker, number> = { happened: 8, 'milestone-passed': 8, 'milestone-ahead': 8, today: 11 };

export function Timeline({ events, title = 'Your case on a timeline', counters, showList = false }: TimelineProps) {
  const id = useId();
  const svgTitleId = `${id}-title`;
  const captionId = `${id}-caption`;
  if (events.length === 0) return null;
  const layout = layoutTimeline(events);
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
          {`${title}: ${events.length} ${events.length === 1 ? 'date' : 'dates'} from ${formatDate(first)} to ${formatDate(last)}. The same dates are listed in order after the picture.`}
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
                <tspan key={j} x={LABEL_X} dy={j === 0 ? 0 : LINE_HEIGHT}>{line}</tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      <Legend />
      <ol className={showList ? 'tl-list' : 'tl-list tl-visually-hidden'} aria-label={`${title}, in date order`}>
        {events.map((e, i) => (
          <li key={i} className={`tl-item tl-item-${e.kind}`}>
            <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.label}
            {stateWords(e)}
            {e.detail ? ` ${e.detail}` : ''}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function stateWords(e: TimelineEvent): string {
  if (e.kind === 'today') return '.';
  if (e.kind !== 'milestone') return '.';
  return e.passed ? ' (passed).' : ' (still ahead).';
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

const LEGEND: Array<{ marker: Marker; text: string }> = [
  { marker: 'happened', text: 'Something that happened' },
  { marker: 'milestone-passed', text: 'A date that has passed' },
  { marker: 'milestone-ahead', text: 'A date still ahead' },
  { marker: 'today', text: 'Today' },
];

function Legend() {
  return (
    <ul className="tl-legend">
      {LEGEND.map(({ marker, text }) => (
        <li key={marker}>
          <svg className="tl-legend-icon" viewBox="0 0 20 20" width={16} height={16} aria-hidden="true" focusable="false">
            <MarkerShape marker={marker} cx={10} cy={10} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
