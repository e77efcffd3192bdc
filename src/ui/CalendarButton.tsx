/**
 * "Add these dates to my calendar": downloads one .ics file with the assessment's milestones.
 * The calendar code (and the `ics` package) is loaded only when the button is pressed.
 */
import { useId, useState } from 'react';
import type { Assessment, CaseFile, ISODate } from '../rules';
import { downloadFile } from './download';

export interface CalendarButtonProps {
  caseFile: CaseFile;
  assessment: Assessment;
  asOf: ISODate;
  /** Makes the app's link to this case (the share link). Without it, no link option is offered. */
  getCaseLink?: () => Promise<string>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function CalendarButton({ caseFile, assessment, asOf, getCaseLink }: CalendarButtonProps) {
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
      downloadFile(CALENDAR_FILE_NAME, buildCalendar({ caseFile, assessment, asOf, ...(caseLink ? { caseLink } : {}) }), 'text/calendar;charset=utf-8');
      setStatus({
        kind: 'done',
        text: `Saved ${CALENDAR_FILE_NAME} with ${count === 1 ? '1 date' : `${count} dates`}. Open it to add them to your calendar.`,
      });
    } catch {
      setStatus({ kind: 'error', text: 'The calendar file could not be made. Please try again, or note the dates by hand.' });
    }
  }

  return (
    <div className="calendar-button">
      {getCaseLink && !none && (
        <div className="choice">
          <input id={`${id}-link`} type="checkbox" checked={includeLink} onChange={(e) => setIncludeLink(e.currentTarget.checked)} />
          <label htmlFor={`${id}-link`}>Include a link to this case</label>
        </div>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onClick} disabled={none || status.kind === 'busy'} aria-describedby={noteId}>
          Add these dates to my calendar
        </button>
      </p>
      <p id={noteId} className="calendar-note">
        {none
          ? 'There are no dates to add yet: this answer has no deadline or processing dates for your case.'
          : `One file (${count === 1 ? '1 all-day event' : `${count} all-day events`}) for your own calendar app. `
            + 'It is made in this browser; nothing is sent anywhere.'
            + (includeLink ? ' Anyone who sees these calendar events can open the link and read your case.' : '')}
      </p>
      <p role="status" className="calendar-status">
        {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
      </p>
    </div>
  );
}
