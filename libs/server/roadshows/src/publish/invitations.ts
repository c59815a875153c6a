import { Injectable } from '@nestjs/common';
import { Locale } from '@sixcan/domain';
import { MailAttachment, RoadshowCatalog } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { buildCalendar, CalendarEntry } from './calendar';
import { Recipient, RoadshowNotices } from './notices';

const ics = (method: 'REQUEST' | 'PUBLISH', content: string, name: string): MailAttachment => ({
  filename: `${name}.ics`,
  contentType: `text/calendar; method=${method}; charset=utf-8`,
  content,
});

/**
 * The e-mails of publishing, each with an `.ics`: presenters get an invitation (METHOD:REQUEST) with their
 * own slot in their own zone; commentators and partner members the whole event (METHOD:PUBLISH) in the event's
 * display zone. Queued in the caller's transaction.
 */
@Injectable()
export class RoadshowInvitations {
  constructor(
    private readonly notices: RoadshowNotices,
    private readonly catalog: RoadshowCatalog,
  ) {}

  async send(
    em: EntityManager,
    event: RoadshowEvent,
    slots: RoadshowSlot[],
    now: Date,
  ): Promise<{ presenters: number; commentators: number; partners: number }> {
    const projects = new Map(
      (
        await this.catalog.projects(
          em,
          event.organizationId,
          slots.map((s) => s.projectId),
        )
      ).map((p) => [p.id, p]),
    );
    const presenters = await this.notices.presenters(
      em,
      event.organizationId,
      slots.map((s) => s.projectId),
    );
    for (const presenter of presenters) {
      const mine = slots.filter((s) => s.projectId === presenter.projectId);
      const first = mine[0];
      if (!first) continue;
      const title = this.notices.title(presenter.locale, projects.get(presenter.projectId)?.title ?? {});
      const calendar = buildCalendar({
        method: 'REQUEST',
        timeZone: first.presenterTimeZone,
        sequence: event.version,
        stamp: now,
        organizer: this.notices.organizer(),
        attendee: { name: presenter.name, email: presenter.email },
        entries: mine.map((s) => this.slotEntry(event, s, presenter.locale, title)),
      });
      await this.notices.queue(
        em,
        presenter,
        'roadshows.presenter_invitation',
        {
          name: presenter.name,
          title,
          event: this.notices.eventTitle(presenter.locale, event),
          local: this.notices.at(presenter.locale, first.startsAt, first.presenterTimeZone),
          zone: first.presenterTimeZone,
          display: this.notices.at(presenter.locale, first.startsAt, event.timeZone),
          delivery: this.notices.delivery(presenter.locale, first.delivery),
          where: this.notices.where(presenter.locale, event),
          link: this.notices.link(event),
        },
        [ics('REQUEST', calendar, 'pitch')],
      );
    }
    const commentators = await this.notices.commentators(em, event);
    const partners = await this.notices.partners(em, event.organizationId);
    const invite = async (to: Recipient, role: string) =>
      this.notices.queue(
        em,
        to,
        'roadshows.invitation',
        {
          name: to.name,
          event: this.notices.eventTitle(to.locale, event),
          window: this.notices.window(to.locale, event),
          mode: this.notices.mode(to.locale, event),
          role,
          where: this.notices.where(to.locale, event),
          link: this.notices.link(event),
        },
        [ics('PUBLISH', this.eventCalendar(event, to.locale, now), 'roadshow')],
      );
    for (const c of commentators)
      await invite(
        c,
        c.locale === 'en'
          ? 'You are one of its commentators: critique each pitch from your console.'
          : '您是本场路演的点评嘉宾，请在点评席为每个项目撰写点评。',
      );
    const commentatorEmails = new Set(commentators.map((c) => c.email));
    const partnerList = partners.filter((p) => !commentatorEmails.has(p.email));
    for (const p of partnerList)
      await invite(
        p,
        p.locale === 'en'
          ? 'Watch the pitches and record your intents while they are on stage.'
          : '欢迎观看路演，并在项目路演时直接登记合作意向。',
      );
    return { presenters: presenters.length, commentators: commentators.length, partners: partnerList.length };
  }

  /** The whole event as one calendar entry, in the event's display zone. */
  eventCalendar(event: RoadshowEvent, locale: Locale, now: Date): string {
    return buildCalendar({
      method: 'PUBLISH',
      timeZone: event.timeZone,
      sequence: event.version,
      stamp: now,
      organizer: this.notices.organizer(),
      entries: [
        {
          uid: `roadshow-${event.id}@sixcan`,
          start: event.startsAt,
          end: event.endsAt,
          summary: this.notices.eventTitle(locale, event),
          description: `${this.notices.mode(locale, event)} · ${this.notices.link(event)}`,
          location: event.streamUrl ?? event.venue,
          url: this.notices.link(event),
        },
      ],
    });
  }

  private slotEntry(event: RoadshowEvent, slot: RoadshowSlot, locale: Locale, title: string): CalendarEntry {
    const name = this.notices.eventTitle(locale, event);
    return {
      uid: `slot-${slot.id}@sixcan`,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: `${name}: ${title}`,
      description: `${this.notices.delivery(locale, slot.delivery)} · ${this.notices.link(event)}`,
      location: event.streamUrl ?? event.venue,
      url: this.notices.link(event),
    };
  }
}
