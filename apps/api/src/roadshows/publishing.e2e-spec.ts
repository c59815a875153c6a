import { Clock, MailMessage, QueueBackend } from '@sixcan/server-core';
import { ReminderKind, reminderJobId, RoadshowReminderProcessor } from '@sixcan/server-roadshows';
import { eventually } from '@sixcan/server-testing';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  addProjects,
  createRoadshow,
  mailsTo,
  member,
  must,
  ROADSHOW,
  RoadshowView,
  shortlist,
  startWorld,
  World,
} from './roadshows.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());
afterEach(() => jest.restoreAllMocks());

/** The week after the US moved to daylight saving time (14 March 2027) and before Europe does (28 March). */
const DST_WEEK = {
  startsAt: '2027-03-15T12:00:00Z',
  endsAt: '2027-03-15T13:00:00Z',
  slotMinutes: 15,
  breaks: null,
  timeZone: 'Asia/Shanghai',
};
const PRESENTERS = [
  { country: 'DE', zone: 'Europe/Berlin' },
  { country: 'US', zone: 'America/New_York' },
  { country: 'JP', zone: 'Asia/Tokyo' },
];

/** An .ics read with an independent parser: method, zones, and each event's local and UTC times. */
function readCalendar(text: string) {
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
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      };
    }),
  };
}

async function publishedEvent() {
  const programme = await shortlist(world, PRESENTERS);
  const { org } = programme;
  const created = await createRoadshow(world, org, programme.programmeId, DST_WEEK);
  await addProjects(world, org, created.id, programme.projectIds);
  const commentator = await member(world, org, ['REVIEWER'], 'Dr. Commentator');
  const partner = await member(world, org, ['PARTNER'], 'Partner member');
  await must(
    world.api.gql(
      `mutation($id: ID!, $u: [ID!]!) { assignCommentators(id: $id, userIds: $u) { id } }`,
      { id: created.id, u: [commentator.userId] },
      org.accessToken,
    ),
  );
  const { publishRoadshow } = await must<{ publishRoadshow: RoadshowView }>(
    world.api.gql(
      `mutation($id: ID!) { publishRoadshow(id: $id) { ${ROADSHOW} } }`,
      { id: created.id },
      org.accessToken,
    ),
  );
  const emails: { id: string; contact_email: string }[] = await world.db.query(
    `SELECT id, contact_email FROM project WHERE id = ANY($1)`,
    [programme.projectIds],
  );
  const emailOf = new Map(emails.map((e) => [e.id, e.contact_email]));
  return { ...programme, roadshow: publishRoadshow, commentator, partner, emailOf };
}

describe('publishing a roadshow', () => {
  it('e-mails each presenter an invitation with their own slot in their local time, and the event to everyone else', async () => {
    const { roadshow, commentator, partner, emailOf } = await publishedEvent();
    expect(roadshow.status).toBe('PUBLISHED');
    const local = new Map<string, string>();
    for (const slot of roadshow.plan.slots) {
      const [mail] = await mailsTo(
        world,
        emailOf.get(slot.projectId) as string,
        'roadshows.presenter_invitation',
      );
      expect(mail?.attachments).toHaveLength(1);
      expect(mail?.attachments[0]).toMatchObject({
        filename: 'pitch.ics',
        contentType: expect.stringMatching(/^text\/calendar; method=REQUEST/),
      });
      const ics = readCalendar(mail?.attachments[0]?.content as string);
      expect(ics.method).toBe('REQUEST');
      expect(ics.zones).toEqual([slot.presenterTimeZone]);
      expect(ics.events).toEqual([
        {
          uid: `slot-${slot.id}@sixcan`,
          tzid: slot.presenterTimeZone,
          localStart: slot.presenterLocalStart.slice(0, 19),
          start: slot.startsAt,
          end: slot.endsAt,
        },
      ]);
      local.set(slot.presenterTimeZone, slot.presenterLocalStart);
    }
    // The same broadcast hour, 12:00–13:00 UTC: New York is already on summer time (UTC−4), Berlin not yet (UTC+1).
    expect(local.get('America/New_York')).toMatch(/^2027-03-15T0[89]:\d\d:00-04:00$/);
    expect(local.get('Europe/Berlin')).toMatch(/^2027-03-15T1[34]:\d\d:00\+01:00$/);
    expect(local.get('Asia/Tokyo')).toMatch(/^2027-03-15T2[12]:\d\d:00\+09:00$/);

    for (const who of [commentator, partner]) {
      const [mail] = await mailsTo(world, who.email, 'roadshows.invitation');
      const ics = readCalendar(mail?.attachments[0]?.content as string);
      expect(ics.method).toBe('PUBLISH');
      expect(ics.zones).toEqual(['Asia/Shanghai']);
      expect(ics.events).toEqual([
        {
          uid: `roadshow-${roadshow.id}@sixcan`,
          tzid: 'Asia/Shanghai',
          localStart: '2027-03-15T20:00:00',
          start: '2027-03-15T12:00:00.000Z',
          end: '2027-03-15T13:00:00.000Z',
        },
      ]);
    }

    // The worker sends the message with the calendar file attached.
    const sample = roadshow.plan.slots[0] as RoadshowView['plan']['slots'][0];
    const [queued] = await mailsTo(
      world,
      emailOf.get(sample.projectId) as string,
      'roadshows.presenter_invitation',
    );
    await eventually(
      () => world.db.getRepository(MailMessage).findOneByOrFail({ id: queued?.id as string }),
      (m) => m.status === 'SENT',
    );
    const dir = process.env['MAIL_DROP_DIR'] as string;
    const file = (await readdir(dir)).find((f) => f.includes(queued?.id as string)) as string;
    const parsed = await simpleParser(await readFile(join(dir, file)));
    const attachment = parsed.attachments.find((a) => a.filename === 'pitch.ics');
    expect(attachment?.contentType).toBe('text/calendar');
    expect(readCalendar(attachment?.content.toString('utf8') as string).events[0]?.start).toBe(
      sample.startsAt,
    );
  });

  it('reminds presenters 24 h and 1 h before their slot and commentators 1 h before the event, following moved slots, once', async () => {
    const apiClock = world.api.app.get(Clock);
    const workerClock = world.worker.get(Clock);
    jest.spyOn(apiClock, 'now').mockReturnValue(new Date('2027-03-12T08:00:00Z'));
    const { org, roadshow, commentator, emailOf } = await publishedEvent();
    const outbox = async () =>
      (await world.db.query(
        `SELECT job_id, payload, run_at FROM outbox_message WHERE name = 'roadshows.remind' AND payload->>'roadshowId' = $1 ORDER BY job_id`,
        [roadshow.id],
      )) as {
        job_id: string;
        payload: { slotId: string | null; kind: string; startsAt: string };
        run_at: Date;
      }[];
    const scheduled = await outbox();
    expect(scheduled).toHaveLength(3 * 2 + 1);
    const [first, second, third] = roadshow.plan.slots as RoadshowView['plan']['slots'];
    const firstJob = reminderJobId(
      first?.id as string,
      ReminderKind.PRESENTER_24H,
      new Date(first?.startsAt as string),
    );
    expect(scheduled.find((r) => r.job_id === firstJob)?.run_at.toISOString()).toBe(
      '2027-03-14T12:00:00.000Z',
    );
    // Handed to BullMQ as a delayed job under that id.
    const queue = world.worker.get(QueueBackend).queue('roadshows');
    expect(await (await queue.getJob(firstJob))?.getState()).toBe('delayed');

    // The third pitch moves to the front: every slot's time changes, and new reminders are scheduled.
    const { moveSlot } = await must<{ moveSlot: RoadshowView }>(
      world.api.gql(
        `mutation($r: ID!, $p: ID!, $v: Int!) { moveSlot(roadshowId: $r, projectId: $p, toIndex: 0, version: $v) { ${ROADSHOW} } }`,
        { r: roadshow.id, p: third?.projectId, v: roadshow.version },
        org.accessToken,
      ),
    );
    expect(moveSlot.plan.slots.map((s) => s.id)).toEqual([third?.id, first?.id, second?.id]);
    const afterMove = await outbox();
    expect(afterMove).toHaveLength(3 * 2 * 2 + 1);

    const processor = world.worker.get(RoadshowReminderProcessor);
    const runAll = async (at: string) => {
      jest.spyOn(workerClock, 'now').mockReturnValue(new Date(at));
      const outcomes: string[] = [];
      for (const row of await outbox())
        outcomes.push(await processor.handle({ roadshowId: roadshow.id, ...row.payload }));
      return outcomes;
    };
    const presenterMails = async () => {
      const counts: number[] = [];
      for (const slot of [first, second, third])
        counts.push(
          (
            await mailsTo(
              world,
              emailOf.get(slot?.projectId as string) as string,
              'roadshows.presenter_reminder',
            )
          ).length,
        );
      return counts;
    };

    // A day before the (new) first pitch: only its presenter, once, however often the jobs run.
    const dayBefore = await runAll('2027-03-14T12:00:30Z');
    expect(dayBefore.filter((o) => o.startsWith('sent'))).toEqual(['sent to 1']);
    expect(dayBefore.filter((o) => o === 'moved')).toHaveLength(6);
    await runAll('2027-03-14T12:00:40Z');
    expect(await presenterMails()).toEqual([0, 0, 1]);
    const [reminder] = await mailsTo(
      world,
      emailOf.get(third?.projectId as string) as string,
      'roadshows.presenter_reminder',
    );
    expect(reminder?.params).toMatchObject({ when: 'in 24 hours', zone: third?.presenterTimeZone });

    // Scheduling again (any re-plan of the published event) adds nothing.
    await must(
      world.api.gql(
        `mutation($id: ID!, $v: Int!) { updateRoadshow(id: $id, input: { venue: "Studio B" }, version: $v) { id } }`,
        { id: roadshow.id, v: moveSlot.version },
        org.accessToken,
      ),
    );
    expect(await outbox()).toHaveLength(afterMove.length);

    // An hour before the event: the first presenter's one-hour reminder and the commentators'; the others later.
    await runAll('2027-03-15T11:00:10Z');
    await runAll('2027-03-15T11:00:20Z');
    expect(await presenterMails()).toEqual([0, 0, 2]);
    expect(await mailsTo(world, commentator.email, 'roadshows.commentator_reminder')).toHaveLength(1);
    await runAll('2027-03-15T11:15:10Z');
    expect(await presenterMails()).toEqual([1, 0, 2]);
    await runAll('2027-03-15T11:30:10Z');
    expect(await presenterMails()).toEqual([1, 1, 2]);
    // The day-before reminders of the other two were due while nothing ran: too late to say "in 24 hours".
    expect(
      (await runAll('2027-03-15T11:30:20Z')).filter((o) => o === 'too late').length,
    ).toBeGreaterThanOrEqual(2);
    const sent: { n: number }[] = await world.db.query(
      `SELECT count(*)::int AS n FROM roadshow_reminder WHERE roadshow_id = $1`,
      [roadshow.id],
    );
    expect(sent[0]?.n).toBe(5);
  });
});
