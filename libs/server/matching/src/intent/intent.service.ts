import { Injectable, Optional } from '@nestjs/common';
import { Actor, canMoveIntent, IntentLevel, IntentSource, isCurrencyCode } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MatchingCatalog,
  paginate,
  RoadshowIntentEvents,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isApplicant, isId, isOrganizer, MatchingAccess } from '../access';
import { openDeal } from '../deal/open-deal';
import { MatchingEvents } from '../events';
import { minorOf, textOf } from '../money-input';
import { Partner } from '../partner/partner.entity';
import { MatchIntent } from './intent.entity';
import { IntentsArgs, RecordIntentInput, UpdateIntentInput } from './intent.models';
import { IntentNotices } from './intent-notices';

interface Change {
  level?: IntentLevel | null;
  amountMinor?: bigint | null;
  currency?: string | null;
  note?: string | null;
  source?: IntentSource;
}

/**
 * Intents: one row per (partner, project, kind). Recording again moves the same row; every write locks the
 * row first, so concurrent writers apply one after the other (invariant 8).
 */
@Injectable()
export class IntentService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
    private readonly notices: IntentNotices,
    private readonly events: MatchingEvents,
    @Optional() private readonly roadshow?: RoadshowIntentEvents,
  ) {}

  async record(actor: Actor, input: RecordIntentInput): Promise<MatchIntent> {
    const intent = await this.tx.run(async (em) => {
      const partner = await this.access.partner(em, actor, input.partnerId);
      const project = isOrganizer(actor)
        ? (await this.catalog.projects(em, actor.organizationId, [input.projectId]))[0]
        : await this.access.publishedProject(em, actor, input.projectId);
      if (!project) throw DomainError.notFound('Project');
      const change = changeOf(input);
      const level = input.level ?? IntentLevel.OBSERVING;
      const created: { id: string }[] = await em.query(
        `INSERT INTO match_intent (organization_id, partner_id, project_id, kind, level, source, amount_minor, currency,
                                   note, created_by, committed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $5 = 'COMMITTED' THEN now() END)
         ON CONFLICT (partner_id, project_id, kind) DO NOTHING RETURNING id`,
        [
          actor.organizationId,
          partner.id,
          project.id,
          input.kind,
          level,
          input.source ?? IntentSource.OTHER,
          change.amountMinor?.toString() ?? null,
          change.currency ?? null,
          change.note ?? null,
          actor.userId,
        ],
      );
      await openDeal(em, this.audit, actor, { partnerId: partner.id, projectId: project.id }, 'intent');
      if (created[0]) {
        const intent = await em.findOneByOrFail(MatchIntent, { id: created[0].id });
        await this.audit.byActor(
          em,
          actor,
          'intent.recorded',
          { type: 'MatchIntent', id: intent.id },
          {
            partnerId: partner.id,
            projectId: project.id,
            kind: intent.kind,
            level: intent.level,
          },
        );
        await this.events.intent(em, actor, intent);
        if (intent.level === IntentLevel.COMMITTED) await this.notices.committed(em, intent, partner);
        return intent;
      }
      const intent = await em.findOneOrFail(MatchIntent, {
        where: { partnerId: partner.id, projectId: project.id, kind: input.kind },
        lock: { mode: 'pessimistic_write' },
      });
      return this.apply(
        em,
        actor,
        intent,
        { ...change, level: input.level ?? null, source: input.source },
        null,
      );
    });
    // Pressed during a live pitch: the roadshow counts it and updates its live console (after commit).
    if (input.source === IntentSource.ROADSHOW)
      await this.roadshow?.intentRecorded(actor, {
        intentId: intent.id,
        projectId: intent.projectId,
        partnerId: intent.partnerId,
      });
    return intent;
  }

  update(actor: Actor, id: string, input: UpdateIntentInput): Promise<MatchIntent> {
    return this.tx.run(async (em) => {
      const intent = await this.ownIntent(em, actor, id);
      return this.apply(
        em,
        actor,
        intent,
        { ...changeOf(input), level: input.level ?? null },
        input.version ?? null,
      );
    });
  }

  /**
   * Organizers: every intent (optionally of one project or partner). Partner members: their partners' intents.
   * Applicants: committed intents on their own projects (ask with the project id). Latest change first.
   */
  list(actor: Actor, args: IntentsArgs): Promise<ConnectionShape<MatchIntent>> {
    return this.tx.read(async (em) => {
      const qb = em
        .createQueryBuilder(MatchIntent, 'i')
        .where('i.organizationId = :org', { org: actor.organizationId });
      if (args.projectId) qb.andWhere('i.projectId = :project', { project: args.projectId });
      if (args.partnerId) qb.andWhere('i.partnerId = :partner', { partner: args.partnerId });
      if (!isOrganizer(actor)) {
        const mine = await this.access.myPartnerIds(em, actor);
        const owned =
          isApplicant(actor) && args.projectId
            ? await this.catalog.ownedBy(em, actor.organizationId, actor.userId, [args.projectId])
            : [];
        qb.andWhere(`(i.partnerId = ANY(:mine) OR (i.projectId = ANY(:owned) AND i.level = :committed))`, {
          mine,
          owned,
          committed: IntentLevel.COMMITTED,
        });
      }
      return paginate(qb, args, [{ expression: 'i.updatedAt', property: 'updatedAt', direction: 'DESC' }]);
    });
  }

  /** The intent locked for update, if the actor acts for its partner (or organizes); NOT_FOUND otherwise. */
  private async ownIntent(em: EntityManager, actor: Actor, id: string): Promise<MatchIntent> {
    const intent = isId(id)
      ? await em.findOne(MatchIntent, {
          where: { id, organizationId: actor.organizationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!intent) throw DomainError.notFound('Intent');
    if (!isOrganizer(actor) && !(await this.access.myPartnerIds(em, actor)).includes(intent.partnerId))
      throw DomainError.notFound('Intent');
    return intent;
  }

  /** Applies a change to a locked intent; moves the level only up the ladder (or CONSIDERING → OBSERVING). */
  private async apply(
    em: EntityManager,
    actor: Actor,
    intent: MatchIntent,
    change: Change,
    version: number | null,
  ): Promise<MatchIntent> {
    if (version != null && version !== intent.version)
      throw DomainError.conflict('This intent was changed meanwhile: reload it and try again');
    const from = intent.level;
    const to = change.level ?? from;
    if (to !== from && !canMoveIntent(from, to))
      throw DomainError.conflict(
        from === IntentLevel.COMMITTED
          ? 'A committed intent is binding and cannot go down'
          : `An intent cannot move from ${from} to ${to}`,
      );
    const next = {
      level: to,
      amountMinor: change.amountMinor !== undefined ? change.amountMinor : intent.amountMinor,
      currency: change.currency !== undefined ? change.currency : intent.currency,
      note: change.note !== undefined ? change.note : intent.note,
      source: change.source ?? intent.source,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== intent[k]);
    if (!changed.length) return intent;
    const result = await em
      .createQueryBuilder()
      .update(MatchIntent)
      .set({
        ...next,
        committedAt: to === IntentLevel.COMMITTED && from !== to ? () => 'now()' : undefined,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: intent.id, version: intent.version })
      .execute();
    if (!result.affected)
      throw DomainError.conflict('This intent was changed meanwhile: reload it and try again');
    const saved = await em.findOneByOrFail(MatchIntent, { id: intent.id });
    await this.audit.byActor(
      em,
      actor,
      to !== from ? 'intent.moved' : 'intent.updated',
      {
        type: 'MatchIntent',
        id: intent.id,
      },
      { from, to, changed },
    );
    await this.events.intent(em, actor, saved);
    if (to === IntentLevel.COMMITTED && from !== to) {
      const partner = await em.findOneByOrFail(Partner, { id: saved.partnerId });
      await this.notices.committed(em, saved, partner);
    }
    return saved;
  }
}

function changeOf(input: {
  amount?: { amount: string; currency: string } | null;
  note?: string | null;
}): Change {
  const change: Change = {};
  if (input.amount !== undefined) {
    if (input.amount && !isCurrencyCode(input.amount.currency))
      throw DomainError.validation(`"${input.amount.currency}" is not a currency code`, [
        { field: 'input.amount.currency', message: 'use an ISO 4217 code' },
      ]);
    change.amountMinor = input.amount ? minorOf(input.amount, 'input.amount.amount') : null;
    change.currency = input.amount?.currency ?? null;
  }
  if (input.note !== undefined) change.note = textOf(input.note);
  return change;
}
