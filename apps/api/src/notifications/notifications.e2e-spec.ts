import {
  InAppNotification,
  MAIL_TEMPLATES,
  MailMessage,
  MailService,
  MailTemplate,
  Transactions,
} from '@sixcan/server-core';
import { MatchingJobsModule } from '@sixcan/server-matching';
import { NotificationsJobsModule } from '@sixcan/server-notifications';
import { eventually } from '@sixcan/server-testing';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { codeOf, must, signUpOrganizer } from '../intake/intake.fixtures';
import { mailsTo, marketplace, placeBid } from '../matching/matching.fixtures';
import { startWorld, World } from '../test-world';
import { NOTIFICATION, NotificationView, subscribeTo } from './notifications.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld([MatchingJobsModule, NotificationsJobsModule]);
});
afterAll(() => world.close());

interface Page {
  totalCount: number;
  edges: { node: NotificationView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const list = async (token: string, args = 'first: 50', locale?: string) =>
  (
    await must<{ notifications: Page }>(
      world.api.gql(
        `query($l: String) { notifications(${args}, locale: $l) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NOTIFICATION} } } } }`,
        { l: locale ?? null },
        token,
      ),
    )
  ).notifications;

const unread = async (token: string) =>
  (await must<{ unreadNotificationCount: number }>(world.api.gql(`{ unreadNotificationCount }`, {}, token)))
    .unreadNotificationCount;

/** Params that fill every placeholder of every template. */
const FILL: Record<string, string> = {
  name: 'Anna',
  inviter: 'Li Na',
  organization: 'Bureau',
  roles: 'Partner',
  link: 'https://sixcan.example.org/projects/3f1c0b8e-7a0a-4f55-9b5b-2a0f0c1d2e3f',
  expires: '1 January 2027',
  title: 'Solid-state battery',
  programme: 'Roadshow 2026',
  channel: 'TU Berlin',
  deadline: '31 December 2026',
  round: '1',
  count: '3',
  partner: 'Galaxy Capital',
  answer: 'accepted',
  message: 'Welcome',
  validUntil: '2027-01-31',
  kind: 'investment',
  signed: '2026-12-01',
  amount: '1,000,000.00 CNY',
  reason: 'Nothing happened.',
  event: 'Live roadshow',
  local: '09:00',
  zone: 'Europe/Berlin',
  display: '16:00',
  delivery: 'live',
  where: 'online',
  window: '10:00–13:00',
  mode: 'online',
  role: 'Watch.',
  when: 'in one hour',
  start: '10:00',
};

describe('in-app notifications', () => {
  it('writes one notification for every template e-mailed to a user, with the e-mail’s words and no secret link', async () => {
    const org = await signUpOrganizer(world.api);
    const userId = org.me.user.id;
    const mail = world.api.app.get(MailService);
    await world.api.app.get(Transactions).run(async (em) => {
      for (const template of MAIL_TEMPLATES)
        await mail.queue(em, {
          to: org.me.user.email,
          template: template as MailTemplate,
          locale: 'en',
          params: FILL,
          organizationId: org.me.organization.id,
          userId,
          subject: { type: 'Project', id: '3f1c0b8e-7a0a-4f55-9b5b-2a0f0c1d2e3f' },
        });
    });
    const page = await list(org.accessToken, 'first: 100');
    expect(page.totalCount).toBe(MAIL_TEMPLATES.length);
    expect(new Set(page.edges.map((e) => e.node.template))).toEqual(new Set(MAIL_TEMPLATES));
    const byTemplate = new Map(page.edges.map((e) => [e.node.template, e.node]));
    expect(byTemplate.get('matching.bid_received')).toMatchObject({
      category: 'MATCHING',
      title: 'New offer for Solid-state battery',
      link: '/projects/3f1c0b8e-7a0a-4f55-9b5b-2a0f0c1d2e3f',
      objectType: 'Project',
      emailed: true,
      readAt: null,
    });
    expect(byTemplate.get('matching.bid_received')?.body).toContain(
      'Galaxy Capital has placed a sealed offer',
    );
    expect(byTemplate.get('matching.bid_received')?.body).not.toContain('Hello Anna');
    expect(byTemplate.get('screening.assigned')?.category).toBe('REVIEWING');
    expect(byTemplate.get('roadshows.invitation')?.category).toBe('ROADSHOW');
    expect(byTemplate.get('matching.deal_reminder')?.category).toBe('DEALS');
    // Token links stay in the e-mail: not stored, not linked, the text points to the e-mail.
    const reset = byTemplate.get('identity.password_reset') as NotificationView;
    expect(reset).toMatchObject({ category: 'SECURITY', link: null });
    expect(reset.body).toContain('(sent by e-mail)');
    const stored = await world.db.getRepository(InAppNotification).find({ where: { userId } });
    expect(stored).toHaveLength(MAIL_TEMPLATES.length);
    const resetRow = stored.find((n) => n.template === 'identity.password_reset');
    expect(JSON.stringify(resetRow?.params)).not.toContain('sixcan.example.org');
    expect(await unread(org.accessToken)).toBe(MAIL_TEMPLATES.length);
    // Paged newest first with a stable cursor.
    const first = await list(org.accessToken, 'first: 5');
    expect(first.edges).toHaveLength(5);
    const next = await list(org.accessToken, `first: 50, after: "${first.pageInfo.endCursor}"`);
    expect(next.edges).toHaveLength(MAIL_TEMPLATES.length - 5);
  });

  it('tells the applicant of a new bid in-app, in the language they read, and keeps it from other users', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const projectId = projectIds[0] as string;
    const before = (await list(applicant.accessToken)).totalCount;
    await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    const page = await list(applicant.accessToken, 'first: 50, unreadOnly: true');
    const bid = page.edges.map((e) => e.node).find((n) => n.template === 'matching.bid_received');
    expect(page.totalCount).toBe(before + 1);
    expect(bid).toMatchObject({ category: 'MATCHING', link: `/projects/${projectId}/bids`, emailed: true });
    expect(bid?.title).toMatch(/^New offer for /);
    // The sender gave both languages: in Chinese it reads wholly in Chinese.
    const zh = (await list(applicant.accessToken, 'first: 50', 'zh-CN')).edges.find(
      (e) => e.node.id === bid?.id,
    );
    expect(zh?.node.title).toMatch(/收到新的报价$/);
    expect(zh?.node.body).toContain('密封报价');
    // The e-mail and the notification are one: the same message queued once.
    expect(await mailsTo(world.db, applicant.me.user.email, 'matching.bid_received')).toHaveLength(1);

    // Nobody else sees or marks it: not the organizer, not the partner.
    for (const other of [org, auth]) {
      const theirs = await list(other.accessToken);
      expect(theirs.edges.some((e) => e.node.id === bid?.id)).toBe(false);
      const mark = await world.api.gql(
        `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { markedCount } }`,
        { ids: [bid?.id] },
        other.accessToken,
      );
      expect(codeOf(mark)).toBe('NOT_FOUND');
    }
    expect((await list(applicant.accessToken, 'first: 50, unreadOnly: true')).totalCount).toBe(before + 1);
  });

  it('marks notifications read by id or all at once, and refuses unclear requests', async () => {
    const org = await signUpOrganizer(world.api);
    const mail = world.api.app.get(MailService);
    await world.api.app.get(Transactions).run(async (em) => {
      for (let i = 0; i < 3; i++)
        await mail.queue(em, {
          to: org.me.user.email,
          template: 'system.test',
          locale: 'en',
          params: { name: `Run ${i}` },
          organizationId: org.me.organization.id,
        });
    });
    // Found by address among the organisation's members when the caller gives no user id.
    const [a, b] = (await list(org.accessToken)).edges.map((e) => e.node) as [
      NotificationView,
      NotificationView,
    ];
    expect(await unread(org.accessToken)).toBe(3);
    const marked = await must<{
      markNotificationsRead: { markedCount: number; unreadCount: number; notifications: NotificationView[] };
    }>(
      world.api.gql(
        `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { markedCount unreadCount notifications { ${NOTIFICATION} } } }`,
        { ids: [a.id, b.id] },
        org.accessToken,
      ),
    );
    expect(marked.markNotificationsRead.markedCount).toBe(2);
    expect(marked.markNotificationsRead.unreadCount).toBe(1);
    expect(marked.markNotificationsRead.notifications.map((n) => [n.id, !!n.readAt])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    // Marking again changes nothing.
    const again = await must<{ markNotificationsRead: { markedCount: number } }>(
      world.api.gql(
        `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { markedCount } }`,
        { ids: [a.id] },
        org.accessToken,
      ),
    );
    expect(again.markNotificationsRead.markedCount).toBe(0);
    const all = await must<{ markNotificationsRead: { markedCount: number; unreadCount: number } }>(
      world.api.gql(
        `mutation { markNotificationsRead(all: true) { markedCount unreadCount } }`,
        {},
        org.accessToken,
      ),
    );
    expect(all.markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 0 });
    for (const args of ['', '(all: true, ids: ["3f1c0b8e-7a0a-4f55-9b5b-2a0f0c1d2e3f"])', '(ids: ["nope"])'])
      expect(
        codeOf(
          await world.api.gql(
            `mutation { markNotificationsRead${args} { markedCount } }`,
            {},
            org.accessToken,
          ),
        ),
      ).toBe('VALIDATION');
    expect(codeOf(await world.api.gql(`{ unreadNotificationCount }`))).toBe('UNAUTHENTICATED');
  });

  it('pushes the unread count to the user’s subscription after a new notification and after marking read', async () => {
    const org = await signUpOrganizer(world.api);
    const watcher = subscribeTo(
      world.api,
      `subscription { unreadNotificationCountUpdated }`,
      org.accessToken,
      (d) => d['unreadNotificationCountUpdated'] as number,
    );
    const other = await signUpOrganizer(world.api);
    const stranger = subscribeTo(
      world.api,
      `subscription { unreadNotificationCountUpdated }`,
      other.accessToken,
      (d) => d['unreadNotificationCountUpdated'] as number,
    );
    try {
      await eventually(
        async () => [...watcher.values],
        (v) => v.length === 1,
      );
      await eventually(
        async () => [...stranger.values],
        (v) => v.length === 1,
      );
      expect(watcher.values).toEqual([0]);
      const channel = `${process.env['QUEUE_PREFIX']}:notifications.unread:${org.me.user.id}`;
      // The subscription is in place once Redis has the channel (SUBSCRIBE is asynchronous).
      const probe = new IORedis(process.env['REDIS_URL'] as string);
      await eventually(
        async () => Number(((await probe.pubsub('NUMSUB', channel)) as [string, number])[1]),
        (n) => n >= 1,
      );
      probe.disconnect();
      // One transaction with two notifications for the user and one for someone else: one signal job naming
      // each recipient once.
      const mail = world.api.app.get(MailService);
      const someone = randomUUID();
      const messages = await world.api.app.get(Transactions).run((em) =>
        mail.queueAll(
          em,
          [org.me.user.id, org.me.user.id, someone].map((userId) => ({
            to: userId === someone ? 'someone@example.org' : org.me.user.email,
            template: 'system.test' as const,
            locale: 'en' as const,
            params: { name: 'Li Na' },
            organizationId: org.me.organization.id,
            userId,
          })),
        ),
      );
      const signals: { job_id: string; payload: unknown }[] = await world.db.query(
        `SELECT job_id, payload FROM outbox_message WHERE name = 'notifications.unread' AND job_id = ANY($1)`,
        [messages.map((m) => `notifications.unread-${m.id}`)],
      );
      expect(signals).toEqual([
        {
          job_id: `notifications.unread-${messages[0]?.id}`,
          payload: {
            recipients: [
              { userId: org.me.user.id, organizationId: org.me.organization.id },
              { userId: someone, organizationId: org.me.organization.id },
            ],
          },
        },
      ]);
      await eventually(
        async () => [...watcher.values],
        (v) => v.at(-1) === 2,
      );
      await must(
        world.api.gql(`mutation { markNotificationsRead(all: true) { markedCount } }`, {}, org.accessToken),
      );
      await eventually(
        async () => [...watcher.values],
        (v) => v.at(-1) === 0,
      );
      expect(watcher.values).toEqual([0, 2, 0]);
      expect(watcher.errors).toEqual([]);
      // Another user hears nothing of it.
      expect(stranger.values).toEqual([0]);
    } finally {
      await watcher.close();
      await stranger.close();
    }
  });
});

describe('e-mail preferences', () => {
  it('lists every category, suppresses the e-mail of opted-out ones but keeps the notification, and always sends SECURITY', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const { emailPreferences } = await must<{
      emailPreferences: { category: string; emailEnabled: boolean; mandatory: boolean }[];
    }>(world.api.gql(`{ emailPreferences { category emailEnabled mandatory } }`, {}, applicant.accessToken));
    expect(emailPreferences.map((p) => p.category)).toEqual([
      'SECURITY',
      'INTAKE',
      'SCREENING',
      'REVIEWING',
      'ROADSHOW',
      'MATCHING',
      'DEALS',
    ]);
    expect(emailPreferences.every((p) => p.emailEnabled)).toBe(true);
    expect(emailPreferences.filter((p) => p.mandatory).map((p) => p.category)).toEqual(['SECURITY']);

    const turnOff = await must<{ updateEmailPreferences: { category: string; emailEnabled: boolean }[] }>(
      world.api.gql(
        `mutation($i: UpdateEmailPreferencesInput!) { updateEmailPreferences(input: $i) { category emailEnabled } }`,
        { i: { preferences: [{ category: 'MATCHING', emailEnabled: false }] } },
        applicant.accessToken,
      ),
    );
    expect(turnOff.updateEmailPreferences.find((p) => p.category === 'MATCHING')?.emailEnabled).toBe(false);
    expect(turnOff.updateEmailPreferences.find((p) => p.category === 'INTAKE')?.emailEnabled).toBe(true);

    const security = await world.api.gql(
      `mutation($i: UpdateEmailPreferencesInput!) { updateEmailPreferences(input: $i) { category } }`,
      { i: { preferences: [{ category: 'SECURITY', emailEnabled: false }] } },
      applicant.accessToken,
    );
    expect(codeOf(security)).toBe('VALIDATION');
    expect(security.errors?.[0]?.extensions?.['reason']).toBe('MANDATORY_CATEGORY');

    await must(placeBid(world, auth, { partnerId: partner.id, projectId: projectIds[0] }));
    const [held] = await mailsTo(world.db, applicant.me.user.email, 'matching.bid_received');
    expect(held?.status).toBe('SUPPRESSED');
    const bidNotice = (await list(applicant.accessToken)).edges.find(
      (e) => e.node.template === 'matching.bid_received',
    );
    expect(bidNotice?.node.emailed).toBe(false);
    // Nothing is sent for it, however long the worker runs: the outbox never had the job.
    const jobs = await world.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE job_id = $1`, [
      `mail.send-${held?.id}`,
    ]);
    expect(jobs[0].n).toBe(0);

    // Password resets (SECURITY) are e-mailed whatever the preferences.
    await world.api.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, {
      e: applicant.me.user.email,
    });
    const [reset] = await mailsTo(world.db, applicant.me.user.email, 'identity.password_reset');
    expect(reset?.status).not.toBe('SUPPRESSED');
    await eventually(
      () => world.db.getRepository(MailMessage).findOneByOrFail({ id: reset?.id }),
      (m) => m.status === 'SENT',
    );
    // The preference is the user's own: the organizer still gets matching e-mail.
    const orgPrefs = await must<{ emailPreferences: { category: string; emailEnabled: boolean }[] }>(
      world.api.gql(`{ emailPreferences { category emailEnabled } }`, {}, org.accessToken),
    );
    expect(orgPrefs.emailPreferences.find((p) => p.category === 'MATCHING')?.emailEnabled).toBe(true);
  });

  it('refuses duplicate categories and unknown ones', async () => {
    const org = await signUpOrganizer(world.api);
    const dup = await world.api.gql(
      `mutation($i: UpdateEmailPreferencesInput!) { updateEmailPreferences(input: $i) { category } }`,
      {
        i: {
          preferences: [
            { category: 'DEALS', emailEnabled: false },
            { category: 'DEALS', emailEnabled: true },
          ],
        },
      },
      org.accessToken,
    );
    expect(codeOf(dup)).toBe('VALIDATION');
    const unknown = await world.api.gql(
      `mutation { updateEmailPreferences(input: { preferences: [{ category: SPAM, emailEnabled: false }] }) { category } }`,
      {},
      org.accessToken,
    );
    expect(unknown.errors?.length).toBeGreaterThan(0);
    expect(unknown.status).toBeLessThan(500);
  });
});

describe('tenancy', () => {
  it('lists only the current user’s notifications of the current organisation (and account-wide ones)', async () => {
    const org = await signUpOrganizer(world.api);
    const other = await signUpOrganizer(world.api);
    const mail = world.api.app.get(MailService);
    const me = { to: org.me.user.email, locale: 'en' as const, params: FILL, userId: org.me.user.id };
    await world.api.app.get(Transactions).run(async (em) => {
      await mail.queue(em, { ...me, template: 'intake.submitted', organizationId: org.me.organization.id });
      // The same user's notification about another organisation shows only there.
      await mail.queue(em, { ...me, template: 'intake.withdrawn', organizationId: other.me.organization.id });
      await mail.queue(em, { ...me, template: 'identity.password_reset', organizationId: null });
    });
    const mine = await list(org.accessToken);
    expect(mine.edges.map((e) => e.node.template).sort()).toEqual([
      'identity.password_reset',
      'intake.submitted',
    ]);
    expect(await unread(org.accessToken)).toBe(2);
    // The other organisation's organizer sees none of them.
    expect((await list(other.accessToken)).totalCount).toBe(0);
    const foreign = await world.api.gql(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { markedCount } }`,
      { ids: mine.edges.map((e) => e.node.id) },
      other.accessToken,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });
});
