/**
 * Amendments in the kit: the calendar updates changed events (same UID, SEQUENCE, LAST-MODIFIED,
 * read back with ical.js) and cancels removed ones; LISEZMOI lists the amendments; the version
 * stamp takes the amendment's day.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { makeKit } from '../../src/lib/kit';
import { prepareSource } from '../../src/lib/kit/source';
import { publishRecord } from '../../src/lib/amendments';
import type { Call } from '../../src/schemas/call';
import { loadCall, loadContext } from './kit-fixtures';
import { plain } from './kit-readers';

const ctx = loadContext();
const SLUG = 'atelier-foncier';
const v1 = loadCall(SLUG).data;
const record = publishRecord(undefined, SLUG, v1);
const file = (call: Call, name: string) => {
  const kit = makeKit(prepareSource({ slug: SLUG, data: call, record }, ctx));
  const f = kit.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name}`);
  return { kit, text: new TextDecoder().decode(f.bytes) };
};
const vevents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: v.getFirstPropertyValue('sequence'),
    lastModified: v.getFirstPropertyValue('last-modified')?.toString(),
    status: String(v.getFirstPropertyValue('status')),
    start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  }));

const webinarMoved: Call = {
  ...structuredClone(v1),
  events: [
    { ...structuredClone(v1.events[0]!), date: { type: 'day-time', date: '2026-06-02', start: '15:00', end: '16:30' } },
  ],
  amendments: [{ date: '2026-11-30', summary: 'Le reunion de présentation est décalé d’une heure.' }],
};

describe('a webinar moved by one hour with an amendment', () => {
  const before = vevents(file(v1, 'calendrier.ics').text);
  const after = vevents(file(webinarMoved, 'calendrier.ics').text);
  const webinar = (list: typeof before) => list.find((e) => e.uid.startsWith('reunion.'))!;

  it('keeps the UID and gets SEQUENCE 1 and LAST-MODIFIED from the amendment', () => {
    expect(webinar(after).uid).toBe(webinar(before).uid);
    expect(webinar(before).sequence).toBeNull();
    expect(webinar(after).sequence).toBe(1);
    expect(webinar(after).lastModified).toBe('2026-11-30T00:00:00Z');
    expect(webinar(after).start).toBe('2026-06-02T13:00:00.000Z');
    expect(webinar(after).status).toBe('CONFIRMED');
  });

  it('leaves the other events as they were', () => {
    for (const e of after.filter((x) => !x.uid.startsWith('reunion.'))) {
      expect(e.sequence).toBeNull();
      expect(e.lastModified).toBeUndefined();
    }
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
  });
});

describe('an event removed by an amendment', () => {
  const removed: Call = {
    ...structuredClone(v1),
    events: [],
    amendments: [{ date: '2026-11-30', summary: 'Le reunion est annulé.' }],
  };
  const events = vevents(file(removed, 'calendrier.ics').text);

  it('is published as cancelled, with its UID and a higher SEQUENCE', () => {
    const webinar = events.find((e) => e.uid.startsWith('reunion.'));
    expect(webinar).toMatchObject({ status: 'CANCELLED', sequence: 1, lastModified: '2026-11-30T00:00:00Z' });
    expect(events.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
  });
});

describe('every exact date removed by an amendment', () => {
  // The call's dates all made approximate: the kit keeps its calendar, holding only the
  // cancelled events, so that calendars which imported it remove them.
  const fuzzy: Call = {
    ...structuredClone(v1),
    calendar: v1.calendar.map((m) => ({ ...structuredClone(m), date: { type: 'month' as const, month: '2024-01' } })),
    events: [],
    amendments: [{ date: '2026-11-30', summary: 'Le calendrier est reporté.' }],
  };
  const { kit, text } = file(fuzzy, 'calendrier.ics');
  const events = vevents(text);

  it('keeps calendrier.ics with every former event cancelled', () => {
    expect(kit.calendarEvents).toBe(0);
    expect(events.length).toBe(vevents(file(v1, 'calendrier.ics').text).length);
    expect(events.every((e) => e.status === 'CANCELLED')).toBe(true);
    expect(plain(text.replace(/\r\n /g, ''))).toContain('retirés y figurent comme annulés');
  });
});

describe('LISEZMOI and the version stamp', () => {
  it('lists the amendment and what it changed, and dates the version by it', () => {
    const { kit, text } = file(webinarMoved, 'LISEZMOI.txt');
    const readme = plain(text);
    expect(readme).toContain('Modifications');
    expect(readme).toContain('– 30 novembre 2026 : Le reunion de présentation est décalé d’une heure.');
    expect(readme).toContain(
      'Réunion d’information « Réunion d’information en ligne » : mardi 2 juin 2026 de 14 h 00 à 15 h 30 → mardi 2 juin 2026 de 15 h 00 à 16 h 30',
    );
    expect(kit.version.startsWith('2026-11-30+')).toBe(true);
    const original = file(v1, 'LISEZMOI.txt');
    expect(plain(original.text)).not.toContain('Modifications');
    expect(original.kit.version.startsWith('2026-05-04+')).toBe(true);
  });
});
