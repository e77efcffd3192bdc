/**
 * Saves the calendar file on the user's device. Nothing is sent anywhere: the file is made in the
 * browser and handed to the browser's own download. Loaded with `import()` when the button is pressed.
 */
import { buildCalendar, CALENDAR_FILE_NAME, type CalendarInput } from './ics';

export { buildCalendar, CALENDAR_FILE_NAME, type CalendarInput } from './ics';

export interface DownloadResult {
  fileName: string;
  /** How many events the file holds. */
  events: number;
}

/** Builds the file and starts the download of `visa-case-dates.ics`. Throws when it cannot be built. */
export function downloadCalendar(input: CalendarInput, doc: Document = document): DownloadResult {
  const text = buildCalendar(input);
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = CALENDAR_FILE_NAME;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the object URL after click() returns: release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { fileName: CALENDAR_FILE_NAME, events: input.assessment.milestones.length };
}
