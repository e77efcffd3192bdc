/**
 * "Add these dates to my calendar": downloads one .ics file with the assessment's milestones, its
 * texts in the page's language. The calendar code (and the `ics` package) is loaded only when the
 * button is pressed.
 */
import { useId, useState } from 'react';
import { useLingui } from '@lingui/react';
import type { Assessment, CaseFile, ISODate } from '../rules';
import { downloadFile } from './download';
import { writerIn } from './verdictText';

export interface CalendarButtonProps {
  caseFile: CaseFile;
  assessment: Assessment;
  asOf: ISODate;
  /** Makes the app's link to this case (the share link). Without it, no link option is offered. */
  getCaseLink?: () => Promise<string>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function CalendarButton({ caseFile, assessment, asOf, getCaseLink }: CalendarButtonProps) {
  const { i18n } = useLingui();
  const id = useId();
  const noteId = `${id}-note`;
  const [includeLink, setIncludeLink] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const count = assessment.milestones.length;
  const none = count === 0;

  async function onClick() {
    setStatus({ kind: 'busy' });
    try {
      const caseLink = includeLink && getCaseLink ? await getCaseLink() : undefined;
      const { buildCalendar, CALENDAR_FILE_NAME } = await import('../calendar/ics');
      const write = writerIn(i18n);
      downloadFile(
        CALENDAR_FILE_NAME,
        buildCalendar({ caseFile, assessment, asOf, write, ...(caseLink ? { caseLink } : {}) }),
        'text/calendar;charset=utf-8',
      );
      setStatus({ kind: 'done', text: i18n._('result.calendar.saved', { file: CALENDAR_FILE_NAME, count }) });
    } catch {
      setStatus({ kind: 'error', text: i18n._('result.calendar.failed') });
    }
  }

  return (
    <div className="calendar-button">
      {getCaseLink && !none && (
        <div className="choice">
          <input id={`${id}-link`} type="checkbox" checked={includeLink} onChange={(e) => setIncludeLink(e.currentTarget.checked)} />
          <label htmlFor={`${id}-link`}>{i18n._('result.calendar.includeLink')}</label>
        </div>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onClick} disabled={none || status.kind === 'busy'} aria-describedby={noteId}>
          {i18n._('result.calendar.add')}
        </button>
      </p>
      <p id={noteId} className="calendar-note">
        {none
          ? i18n._('result.calendar.noDates')
          : includeLink
            ? i18n._('result.calendar.noteWithLink', { count })
            : i18n._('result.calendar.note', { count })}
      </p>
      <p role="status" className="calendar-status">
        {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
      </p>
    </div>
  );
}
