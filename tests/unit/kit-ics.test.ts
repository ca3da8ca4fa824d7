/** The calendars of the kit, parsed with ical.js, against the content. */
import { describe, expect, it } from 'vitest';
import { buildKit, buildSiteCalendar } from '../../src/lib/kit';
import { callCalendar } from '../../src/lib/kit/ics';
import { escapeText, foldLine } from '../../src/lib/kit/ics-text';
import { prepareSource } from '../../src/lib/kit/source';
import type { Call } from '../../src/schemas/call';
import { loadCall, loadContext } from './kit-fixtures';
import { parseIcs } from './kit-readers';

const ctx = loadContext();
const full = loadCall('atelier-foncier');
const undated = loadCall('club-des-maires');
const icsOf = (slug: string, data: Call) => {
  const f = buildKit({ slug, data }, ctx).files.find((x) => x.name === 'calendrier.ics')!;
  return new TextDecoder().decode(f.bytes);
};
const HOST = 'appels.val-d-ouve.example';

describe('RFC 5545 text rules', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}${'🙂'.repeat(20)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('calendrier.ics of the call with every field', () => {
  const text = icsOf(full.slug, full.data);
  const { calendar, events } = parseIcs(text);
  const byId = (id: string) => events.find((e) => e.uid === `${id}.${full.slug}@${HOST}`);

  it('is CRLF-terminated with every line at most 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the opening as an all-day event and the deadline at its published hour', () => {
    expect(byId('ouverture')).toMatchObject({ allDay: true, day: '2026-05-04' });
    // 17:00 Paris time in July is 15:00 UTC (summer time).
    expect(byId('cloture')).toMatchObject({ allDay: false, startUtc: '2026-07-03T15:00:00.000Z' });
    expect(byId('cloture')!.summary).toContain('Date limite de réception des candidatures');
  });

  it('has the information session from 14:00 to 15:30 Paris time, i.e. 12:00–13:30 UTC (summer time)', () => {
    expect(byId('reunion')).toMatchObject({
      allDay: false,
      startUtc: '2026-06-02T12:00:00.000Z',
      endUtc: '2026-06-02T13:30:00.000Z',
    });
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260602T140000');
    expect(text).toContain('BEGIN:VTIMEZONE');
  });

  it('turns no fuzzy milestone into an event, and lists them in the calendar description', () => {
    expect(events).toHaveLength(3);
    expect(events.find((e) => e.summary.includes('Comité de sélection'))).toBeUndefined();
    expect(events.find((e) => /fin juillet/.test(e.description + e.summary))).toBeUndefined();
    const desc = String(calendar.getFirstPropertyValue('x-wr-caldesc'));
    expect(desc).toMatch(/fin juillet 2026\s*: Comité de sélection/);
  });

  it('has stable UIDs, a DTSTAMP from the updated day and the version stamp', () => {
    const version = buildKit(full, ctx).version;
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['cloture', 'ouverture', 'reunion'].map((id) => `${id}.atelier-foncier@${HOST}`),
    );
    expect(text.match(/^DTSTAMP:.*$/gm)!.every((l) => l === 'DTSTAMP:20260504T000000Z')).toBe(true);
    expect(calendar.getFirstPropertyValue('x-guichet-version')).toBe(version);
  });
});

describe('time zones', () => {
  const withEvent = (date: string, start: string, end: string): Call => ({
    ...full.data,
    events: [{ id: 'reunion', title: 'Réunion, d’information; test', date: { type: 'day-time', date, start, end } }],
    calendar: [],
    // No milestone: the call publishes no deadline (the kit states its status, which needs a consistent mode).
    application: { ...full.data.application, mode: 'undated' },
  });

  it('maps a late-November 10:00 Paris event to 09:00 UTC (winter time)', () => {
    const { events } = parseIcs(icsOf('essai', withEvent('2023-11-28', '10:00', '11:30')));
    expect(events[0]).toMatchObject({ startUtc: '2023-11-28T09:00:00.000Z', endUtc: '2023-11-28T10:30:00.000Z' });
    expect(events[0]!.summary).toBe('AFE – Réunion, d’information; test');
  });

  it('follows the change of time at the end of March', () => {
    const before = parseIcs(icsOf('essai', withEvent('2024-03-30', '10:00', '11:00'))).events[0]!;
    const after = parseIcs(icsOf('essai', withEvent('2024-03-31', '10:00', '11:00'))).events[0]!;
    expect(before.startUtc).toBe('2024-03-30T09:00:00.000Z');
    expect(after.startUtc).toBe('2024-03-31T08:00:00.000Z');
  });
});

describe('a call without exact dates', () => {
  it('gets no calendar file in its kit, and its page says why (KitBlock)', () => {
    const kit = buildKit(undated, ctx);
    expect(kit.calendarEvents).toBe(0);
    expect(kit.files.map((f) => f.name)).not.toContain('calendrier.ics');
    // The kit of a call with exact dates has one.
    expect(buildKit(full, ctx).files.map((f) => f.name)).toContain('calendrier.ics');
  });

  it('still gives a valid calendar with no event when asked directly, whose description says no date is published', () => {
    const { calendar, events } = parseIcs(callCalendar(prepareSource(undated, ctx)));
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('L’appel ne publie aucune date');
  });
});

describe('calendar headers', () => {
  it('name no iTIP METHOD, which RFC 5546 would require an ORGANIZER for', () => {
    const site = buildSiteCalendar([undated, full], ctx, { title: 'Appels', agencyShortName: 'ADVO' });
    for (const text of [icsOf(full.slug, full.data), site]) {
      expect(text).not.toMatch(/^METHOD:/m);
      expect(text).toMatch(/^VERSION:2\.0\r$/m);
    }
  });
});

describe('site-wide calendar', () => {
  it('holds every exact milestone and event of every call, with the same UIDs as the kits', () => {
    const text = buildSiteCalendar([undated, full], ctx, { title: 'Appels', agencyShortName: 'ADVO' });
    const { events } = parseIcs(text);
    const own = parseIcs(callCalendar(prepareSource(full, ctx))).events;
    expect(events.map((e) => e.uid).sort()).toEqual(own.map((e) => e.uid).sort());
    expect(events).toEqual(expect.arrayContaining(own));
  });
});
