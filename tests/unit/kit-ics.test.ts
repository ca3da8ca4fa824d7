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
const i2t = loadCall('impulsion-ingenierie-territoires');
const terriens = loadCall('terriens');
const icsOf = (slug: string, data: Call) => {
  const f = buildKit({ slug, data }, ctx).files.find((x) => x.name === 'calendrier.ics')!;
  return new TextDecoder().decode(f.bytes);
};
const HOST = 'appels.adnormandie.fr';

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

describe('calendrier.ics of I2T', () => {
  const text = icsOf(i2t.slug, i2t.data);
  const { calendar, events } = parseIcs(text);
  const byId = (id: string) => events.find((e) => e.uid === `${id}.${i2t.slug}@${HOST}`);

  it('is CRLF-terminated with every line at most 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the opening and the deadline as all-day events on the published days', () => {
    expect(byId('lancement')).toMatchObject({ allDay: true, day: '2023-10-02' });
    expect(byId('cloture')).toMatchObject({ allDay: true, day: '2023-11-03' });
    expect(byId('cloture')!.summary).toContain(
      "Clôture de l'appel à candidature – date limite de réception des candidatures",
    );
  });

  it('has the webinar from 10:00 to 12:00 Paris time, i.e. 08:00–10:00 UTC (summer time)', () => {
    expect(byId('webinaire')).toMatchObject({
      allDay: false,
      startUtc: '2023-10-03T08:00:00.000Z',
      endUtc: '2023-10-03T10:00:00.000Z',
    });
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20231003T100000');
    expect(text).toContain('BEGIN:VTIMEZONE');
  });

  it('turns no fuzzy milestone into an event, and lists them in the calendar description', () => {
    expect(events).toHaveLength(3);
    expect(events.find((e) => e.summary.includes('Comité de sélection'))).toBeUndefined();
    expect(events.find((e) => /mi-novembre/.test(e.description + e.summary))).toBeUndefined();
    const desc = String(calendar.getFirstPropertyValue('x-wr-caldesc'));
    expect(desc).toMatch(/mi-novembre 2023\s*: Comité de sélection des territoires/);
    expect(desc).toMatch(/été 2024\s*: Présentation des conclusions/);
  });

  it('has stable UIDs, a DTSTAMP from the updated day and the version stamp', () => {
    const version = buildKit(i2t, ctx).version;
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['cloture', 'lancement', 'webinaire'].map((id) => `${id}.impulsion-ingenierie-territoires@${HOST}`),
    );
    expect(text.match(/^DTSTAMP:.*$/gm)!.every((l) => l === 'DTSTAMP:20261123T000000Z')).toBe(true);
    expect(calendar.getFirstPropertyValue('x-guichet-version')).toBe(version);
  });
});

describe('time zones', () => {
  const withEvent = (date: string, start: string, end: string): Call => ({
    ...i2t.data,
    events: [{ id: 'reunion', title: 'Réunion, d’information; test', date: { type: 'day-time', date, start, end } }],
    calendar: [],
    // No milestone: the call publishes no deadline (the kit states its status, which needs a consistent mode).
    application: { ...i2t.data.application, mode: 'undated' },
  });

  it('maps a late-November 10:00 Paris event to 09:00 UTC (winter time)', () => {
    const { events } = parseIcs(icsOf('essai', withEvent('2023-11-28', '10:00', '11:30')));
    expect(events[0]).toMatchObject({ startUtc: '2023-11-28T09:00:00.000Z', endUtc: '2023-11-28T10:30:00.000Z' });
    expect(events[0]!.summary).toBe('I2T – Réunion, d’information; test');
  });

  it('follows the change of time at the end of March', () => {
    const before = parseIcs(icsOf('essai', withEvent('2024-03-30', '10:00', '11:00'))).events[0]!;
    const after = parseIcs(icsOf('essai', withEvent('2024-03-31', '10:00', '11:00'))).events[0]!;
    expect(before.startUtc).toBe('2024-03-30T09:00:00.000Z');
    expect(after.startUtc).toBe('2024-03-31T08:00:00.000Z');
  });
});

describe('calendrier.ics of a call without exact dates (TERRIENS)', () => {
  const text = icsOf(terriens.slug, terriens.data);
  const { calendar, events } = parseIcs(text);

  it('is a valid calendar with no event, whose description says no date is published', () => {
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('L’appel ne publie aucune date');
  });
});

describe('site-wide calendar', () => {
  it('holds every exact milestone and event of every call, with the same UIDs as the kits', () => {
    const text = buildSiteCalendar([terriens, i2t], ctx, { title: 'Appels', agencyShortName: 'AD Normandie' });
    const { events } = parseIcs(text);
    const own = parseIcs(callCalendar(prepareSource(i2t, ctx))).events;
    expect(events.map((e) => e.uid).sort()).toEqual(own.map((e) => e.uid).sort());
    expect(events).toEqual(expect.arrayContaining(own));
  });
});
