/*
 * Moments on the staff pages: British English, as staff in Germany write dates (day first, 24 hours),
 * in the city's own time zone (Europe/Berlin) whatever the server's zone is.
 */

const STAFF_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
  calendar: 'gregory',
});

/** A stored time as staff read it (`1 May 2026, 00:00`, Berlin time); a draft's malformed value is shown as typed. */
export function formatStaffTime(iso: string | undefined): string {
  if (iso === undefined || iso === '') return '–';
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : STAFF_TIME.format(at);
}

/** A stored moment as staff read it (formatStaffTime), machine-readable too. */
export function StaffTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatStaffTime(iso)}</time>;
}
