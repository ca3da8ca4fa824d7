/**
 * VTIMEZONE for Europe/Paris under the EU rule in force since 1996: summer time (UTC+2,
 * CEST) from the last Sunday of March at 02:00 local, winter time (UTC+1, CET) from the
 * last Sunday of October at 03:00 local. The same rule as `parisOffsetMinutes` in
 * `src/lib/shared/dates.ts`.
 */
export const PARIS_TZID = 'Europe/Paris';

export const parisTimezone: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS_TZID}`,
  `X-LIC-LOCATION:${PARIS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
