import { Injectable } from '@nestjs/common';
import { Actor, RoadshowStatus, validateCommentary } from '@sixcan/domain';
import { AuditLog, DomainError, ErrorCode, MemberDirectory, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, isOrganizer, RoadshowAccess } from '../access';
import { RoadshowSlot } from '../slot/slot.entity';
import { RoadshowCommentary } from './commentary.entity';
import { CommentariesArgs, CommentaryInput, CommentaryModel } from './commentary.models';

/** Critiques are written while the event is live or after it has ended. */
const OPEN_FOR_COMMENTARY: readonly RoadshowStatus[] = [RoadshowStatus.LIVE, RoadshowStatus.ENDED];

/**
 * Commentators' critiques of pitches: written by a commentator assigned to the event, read by organizers
 * (all) and by each commentator (their own). Partners and applicants never reach them: no path answers them.
 */
@Injectable()
export class CommentaryService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly directory: MemberDirectory,
  ) {}

  add(actor: Actor, slotId: string, input: CommentaryInput): Promise<CommentaryModel> {
    return this.tx.run(async (em) => {
      const slot = isId(slotId)
        ? await em.findOneBy(RoadshowSlot, { id: slotId, organizationId: actor.organizationId })
        : null;
      if (!slot || !(await this.access.isCommentator(em, actor, slot.roadshowId)))
        throw DomainError.notFound('Slot');
      const event = await this.access.event(em, actor, slot.roadshowId);
      if (!OPEN_FOR_COMMENTARY.includes(event.status))
        throw new DomainError(ErrorCode.CONFLICT, 'Critiques are written once the roadshow is live', {
          reason: 'ROADSHOW_NOT_LIVE',
        });
      const problems = validateCommentary(input);
      if (problems.length)
        throw new DomainError(ErrorCode.VALIDATION, 'The critique has problems: see the fields', {
          reason: 'INVALID_COMMENTARY',
          codes: problems.map((p) => p.code),
          fields: problems.map((p) => ({ field: `input.${p.field}`, message: p.message })),
        });
      const saved = await em.save(
        em.create(RoadshowCommentary, {
          organizationId: actor.organizationId,
          roadshowId: event.id,
          slotId: slot.id,
          projectId: slot.projectId,
          authorUserId: actor.userId,
          entries: input.entries.map((e) => ({
            dimension: e.dimension,
            rating: e.rating ?? null,
            note: e.note?.trim() || null,
          })),
          text: input.text?.trim() || null,
        }),
      );
      await this.audit.byActor(
        em,
        actor,
        'roadshow.commentary_added',
        { type: 'RoadshowCommentary', id: saved.id },
        {
          slotId: slot.id,
          dimensions: saved.entries.map((e) => e.dimension),
        },
      );
      return (await this.models(em, [saved]))[0] as CommentaryModel;
    });
  }

  /**
   * The critiques of an event or of one slot, oldest first: organizers see all of them, a commentator of the
   * event their own; NOT_FOUND for anyone else, and for a slot or event of another organisation.
   */
  list(actor: Actor, args: CommentariesArgs): Promise<CommentaryModel[]> {
    return this.tx.read(async (em) => {
      if (!args.roadshowId && !args.slotId)
        throw DomainError.validation('Ask for the critiques of a roadshow or of a slot', [
          { field: 'roadshowId', message: 'give roadshowId or slotId' },
        ]);
      const slot = args.slotId
        ? await em.findOneBy(RoadshowSlot, { id: args.slotId, organizationId: actor.organizationId })
        : null;
      if (args.slotId && !slot) throw DomainError.notFound('Slot');
      const roadshowId = slot?.roadshowId ?? (args.roadshowId as string);
      if (args.roadshowId && args.roadshowId !== roadshowId) return [];
      const event = await this.access.organizedOrCommented(em, actor, roadshowId);
      const rows = await em.find(RoadshowCommentary, {
        where: {
          organizationId: actor.organizationId,
          roadshowId: event.id,
          ...(slot ? { slotId: slot.id } : {}),
          ...(isOrganizer(actor) ? {} : { authorUserId: actor.userId }),
        },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return this.models(em, rows);
    });
  }

  private async models(em: EntityManager, rows: RoadshowCommentary[]): Promise<CommentaryModel[]> {
    const names = await this.directory.displayNames(em, [...new Set(rows.map((r) => r.authorUserId))]);
    return rows.map((r) => ({
      id: r.id,
      roadshowId: r.roadshowId,
      slotId: r.slotId,
      projectId: r.projectId,
      authorUserId: r.authorUserId,
      authorName: names.get(r.authorUserId) ?? '',
      entries: r.entries,
      text: r.text,
      createdAt: r.createdAt,
    }));
  }
}
