import ICAL from 'ical.js';
import { buildCalendar, CalendarRequest } from './calendar';

/** Reads a calendar with an independent parser: each event's local start/end and the instants they mean. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    method: calendar.getFirstPropertyValue('method'),
    zones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return {
        uid: event.uid,
        tzid: c.getFirstProperty('dtstart')?.getParameter('tzid'),
        localStart: event.startDate.toString(),
        localEnd: event.endDate.toString(),
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        stamp: c.getFirstPropertyValue('dtstamp')?.toString(),
        summary: event.summary,
      };
    }),
  };
}

const request = (timeZone: string, start: string, end: string): CalendarRequest => ({
  method: 'REQUEST',
  timeZone,
  sequence: 3,
  stamp: new Date('2026-12-01T10:00:00Z'),
  organizer: { name: 'SixCan', email: 'no-reply@sixcan.local' },
  attendee: { name: 'Presenter', email: 'presenter@example.org' },
  entries: [
    {
      uid: 'slot-1@sixcan',
      start: new Date(start),
      end: new Date(end),
      summary: 'Roadshow: pitch, with a comma; and more',
      description: 'Your pitch',
      location: 'https://stream.example.org/live',
      url: 'https://sixcan.example.org/roadshows/1',
    },
  ],
});

describe('roadshow calendar files', () => {
  it.each([
    ['Europe/Berlin', '2026-12-10T13:00:00', '2026-12-10T13:12:00'],
    ['America/New_York', '2026-12-10T07:00:00', '2026-12-10T07:12:00'],
    ['Asia/Tokyo', '2026-12-10T21:00:00', '2026-12-10T21:12:00'],
  ])('writes the slot in %s local time with its VTIMEZONE', (zone, localStart, localEnd) => {
    const parsed = read(buildCalendar(request(zone, '2026-12-10T12:00:00Z', '2026-12-10T12:12:00Z')));
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.zones).toEqual([zone]);
    expect(parsed.events).toEqual([
      expect.objectContaining({
        uid: 'slot-1@sixcan',
        tzid: zone,
        localStart,
        localEnd,
        start: '2026-12-10T12:00:00.000Z',
        end: '2026-12-10T12:12:00.000Z',
        stamp: '2026-12-01T10:00:00Z',
        summary: 'Roadshow: pitch, with a comma; and more',
      }),
    ]);
  });

  it('follows daylight saving: the week the US has changed and Europe has not', () => {
    // 2026-03-09: New York is on EDT (UTC-4) since the 8th; Berlin still on CET (UTC+1) until the 29th.
    const ny = read(
      buildCalendar(request('America/New_York', '2026-03-09T13:00:00Z', '2026-03-09T13:12:00Z')),
    );
    const berlin = read(
      buildCalendar(request('Europe/Berlin', '2026-03-09T13:00:00Z', '2026-03-09T13:12:00Z')),
    );
    expect(ny.events[0]).toMatchObject({
      localStart: '2026-03-09T09:00:00',
      start: '2026-03-09T13:00:00.000Z',
    });
    expect(berlin.events[0]).toMatchObject({
      localStart: '2026-03-09T14:00:00',
      start: '2026-03-09T13:00:00.000Z',
    });
    // A week earlier New York was on EST (UTC-5).
    const before = read(
      buildCalendar(request('America/New_York', '2026-03-02T13:00:00Z', '2026-03-02T13:12:00Z')),
    );
    expect(before.events[0]).toMatchObject({
      localStart: '2026-03-02T08:00:00',
      start: '2026-03-02T13:00:00.000Z',
    });
  });
});
