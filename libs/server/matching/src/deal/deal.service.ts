import { Injectable } from '@nestjs/common';
import { Actor, checkDealMove, DealStage, isOpenDealStage } from '@sixcan/domain';
import { AuditLog, DomainError, FileAccess, MemberDirectory, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, isOrganizer, MatchingAccess } from '../access';
import { MatchingEvents } from '../events';
import { Agreement } from '../agreement/agreement.entity';
import { textOf } from '../money-input';
import { requireFiles } from '../files';
import { Deal, DealActivity } from './deal.entity';
import { DealActivityInput, MoveDealInput } from './deal.models';

/**
 * The pipeline: stage moves (checked by the domain's rules, on the locked row, with a version condition)
 * and the activity log. A deal belongs to its partner's members and the organizers; nobody else sees it.
 */
@Injectable()
export class DealService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: MatchingAccess,
    private readonly directory: MemberDirectory,
    private readonly events: MatchingEvents,
    private readonly files: FileAccess,
  ) {}

  move(actor: Actor, id: string, input: MoveDealInput): Promise<Deal> {
    return this.tx.run(async (em) => {
      const deal = await this.lock(em, actor, id);
      if (input.version != null && input.version !== deal.version)
        throw DomainError.conflict('This deal was moved meanwhile: reload it and try again');
      await requireFiles(em, this.files, actor, [
        { field: 'input.ndaFileId', id: input.ndaFileId },
        { field: 'input.mouFileId', id: input.mouFileId },
      ]);
      const agreement = await em.findOne(Agreement, {
        where: { dealId: deal.id },
        select: { id: true, realisedAt: true },
      });
      const fields = {
        meetingAt: input.meetingAt ?? deal.meetingAt,
        ndaFileId: input.ndaFileId ?? deal.ndaFileId,
        mouFileId: input.mouFileId ?? deal.mouFileId,
        agreementId: agreement?.id ?? null,
        realisationId: agreement?.realisedAt ? agreement.id : null,
        dropReason: textOf(input.reason),
      };
      const issues = checkDealMove({ stage: deal.stage, droppedFrom: deal.droppedFrom }, input.to, fields);
      if (issues.some((i) => i.field === 'stage'))
        throw DomainError.conflict(issues[0]?.message ?? 'Not allowed');
      if (issues.length)
        throw DomainError.validation(
          issues.map((i) => i.message).join('; '),
          issues.map((i) => ({
            field: i.field === 'dropReason' ? 'input.reason' : `input.${i.field}`,
            message: i.message,
          })),
        );
      if (input.ownerUserId && !(await this.isMember(em, actor, input.ownerUserId)))
        throw DomainError.validation('The owner must be a member of the organisation', [
          { field: 'input.ownerUserId', message: 'not a member' },
        ]);
      const from = deal.stage;
      const dropping = input.to === DealStage.DROPPED;
      const result = await em
        .createQueryBuilder()
        .update(Deal)
        .set({
          stage: input.to,
          droppedFrom: dropping ? from : null,
          dropReason: dropping ? fields.dropReason : null,
          meetingAt: fields.meetingAt,
          ndaFileId: fields.ndaFileId,
          mouFileId: fields.mouFileId,
          ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
          lastActivityAt: () => 'now()',
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: deal.id, version: deal.version })
        .execute();
      if (!result.affected)
        throw DomainError.conflict('This deal was moved meanwhile: reload it and try again');
      await this.audit.byActor(
        em,
        actor,
        'deal.moved',
        { type: 'Deal', id: deal.id },
        {
          from,
          to: input.to,
          ...(dropping ? { reason: fields.dropReason } : {}),
        },
      );
      const saved = await em.findOneByOrFail(Deal, { id: deal.id });
      await this.events.deal(em, actor, saved);
      return saved;
    });
  }

  logActivity(actor: Actor, id: string, input: DealActivityInput): Promise<Deal> {
    return this.tx.run(async (em) => {
      const deal = await this.lock(em, actor, id);
      const note = textOf(input.note);
      if (!note)
        throw DomainError.validation('Write what happened', [{ field: 'input.note', message: 'required' }]);
      if (!isOpenDealStage(deal.stage) && deal.stage !== DealStage.LANDED)
        throw DomainError.conflict('This deal was dropped: reopen it first');
      const activity = await em.save(
        em.create(DealActivity, {
          organizationId: actor.organizationId,
          dealId: deal.id,
          kind: input.kind,
          note,
          nextStepAt: input.nextStepAt ?? null,
          createdBy: actor.userId,
        }),
      );
      await em
        .createQueryBuilder()
        .update(Deal)
        .set({
          lastActivityAt: () => 'now()',
          ...(input.nextStepAt !== undefined
            ? { nextStepAt: input.nextStepAt, nextStep: textOf(input.nextStep) }
            : {}),
          ownerUserId: deal.ownerUserId ?? actor.userId,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: deal.id })
        .execute();
      await this.audit.byActor(
        em,
        actor,
        'deal.activity_logged',
        { type: 'Deal', id: deal.id },
        {
          activityId: activity.id,
          kind: input.kind,
        },
      );
      return em.findOneByOrFail(Deal, { id: deal.id });
    });
  }

  get(actor: Actor, id: string): Promise<Deal> {
    return this.tx.read((em) => this.visible(em, actor, id, false));
  }

  private async isMember(em: EntityManager, actor: Actor, userId: string): Promise<boolean> {
    const email = await this.directory.emailOf(em, userId);
    return !!email && (await this.directory.memberIdByEmail(em, actor.organizationId, email)) === userId;
  }

  private lock(em: EntityManager, actor: Actor, id: string): Promise<Deal> {
    return this.visible(em, actor, id, true);
  }

  private async visible(em: EntityManager, actor: Actor, id: string, lock: boolean): Promise<Deal> {
    const deal = isId(id)
      ? await em.findOne(Deal, {
          where: { id, organizationId: actor.organizationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!deal) throw DomainError.notFound('Deal');
    if (!isOrganizer(actor) && !(await this.access.myPartnerIds(em, actor)).includes(deal.partnerId))
      throw DomainError.notFound('Deal');
    return deal;
  }
}
