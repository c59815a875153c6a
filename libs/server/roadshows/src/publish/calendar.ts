import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface CalendarEntry {
  /** Globally unique and stable across updates (`slot-<id>@sixcan`), so a calendar replaces what it had. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
}

export interface CalendarRequest {
  /** REQUEST: an invitation to attend (presenters); PUBLISH: for information (everyone else). */
  method: 'REQUEST' | 'PUBLISH';
  /** IANA zone the times are written in: a VTIMEZONE block for it is included. */
  timeZone: string;
  /** Grows with every change of the event, so calendars take the newer version. */
  sequence: number;
  /** When the file was made (DTSTAMP, UTC). */
  stamp: Date;
  organizer: { name: string; email: string };
  attendee?: { name: string | null; email: string } | null;
  entries: CalendarEntry[];
}

/** The VTIMEZONE block of a zone (RFC 5545), from the zone database of timezones-ical-library. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

const utcStamp = (at: Date) => DateTime.fromJSDate(at, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");

/**
 * An iCalendar file (`.ics`) for the entries, times written in `timeZone` with its VTIMEZONE, so a calendar
 * shows them in local time whatever zone it is set to.
 */
export function buildCalendar(request: CalendarRequest): string {
  const calendar = ical({
    prodId: { company: 'SixCan', product: 'roadshows', language: 'EN' },
    method: request.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    timezone: { name: request.timeZone, generator: vtimezone },
  });
  for (const entry of request.entries) {
    const event = calendar.createEvent({
      id: entry.uid,
      sequence: request.sequence,
      // Luxon values in the zone: ical-generator writes their wall-clock time with TZID.
      start: DateTime.fromJSDate(entry.start).setZone(request.timeZone),
      end: DateTime.fromJSDate(entry.end).setZone(request.timeZone),
      timezone: request.timeZone,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: ICalEventStatus.CONFIRMED,
      organizer: request.organizer,
    });
    if (request.attendee)
      event.createAttendee({
        email: request.attendee.email,
        name: request.attendee.name ?? undefined,
        role: ICalAttendeeRole.REQ,
        rsvp: true,
      });
  }
  // ical-generator writes DTSTAMP as a wall-clock time in the calendar's zone, without a TZID; RFC 5545 wants
  // it in UTC.
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp(request.stamp)}`);
}
