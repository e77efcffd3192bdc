/**
 * The order of the CEAC status history, written once for the rules, the timeline and the form:
 * by the day the status was seen, then by its "Case Last Updated" date (an entry without one comes
 * first), then by the order the entries were given in. See docs/policy.md (Derived facts).
 */
import { compareDates } from './dates';

/**
 * The rows in history order, as a new array (the input is not changed). Stable: rows that agree on
 * both dates keep their input order. Dates are compared as YYYY-MM-DD text; an absent or empty
 * `lastUpdated` sorts before any date.
 */
export function orderHistory<T extends { seenOn: string; lastUpdated?: string }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) =>
      compareDates(a.row.seenOn, b.row.seenOn)
      || compareDates(a.row.lastUpdated ?? '', b.row.lastUpdated ?? '')
      || a.index - b.index)
    .map(({ row }) => row);
}
