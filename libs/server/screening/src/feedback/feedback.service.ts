import { Injectable } from '@nestjs/common';
import { Actor, ScreeningRoundStatus } from '@sixcan/domain';
import { AuditLog, DomainError, ScreeningIntake, Transactions } from '@sixcan/server-core';
import { isId, ScreeningAccess } from '../access';
import { RoundProject } from '../round/screening-round.entity';
import { ReleasedFeedback } from './released-feedback.entity';

const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Feedback released to applicants after a decided round: text only, never scores or reviewers. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: ScreeningAccess,
    private readonly intake: ScreeningIntake,
  ) {}

  release(
    actor: Actor,
    roundId: string,
    projectId: string,
    input: { zh?: string | null; en?: string | null },
  ): Promise<ReleasedFeedback> {
    return this.tx.run(async (em) => {
      const zh = text(input.zh);
      const en = text(input.en);
      if (!zh && !en)
        throw DomainError.validation('Write the feedback in Chinese or English', [
          { field: 'text', message: 'required' },
        ]);
      const round = await this.access.round(em, actor, roundId, true);
      if (round.status !== ScreeningRoundStatus.DECIDED)
        throw DomainError.conflict('Feedback is released once the round is decided');
      const inRound = isId(projectId) && (await em.existsBy(RoundProject, { roundId: round.id, projectId }));
      if (!inRound) throw DomainError.notFound('Project in this round');
      let feedback = await em.findOneBy(ReleasedFeedback, { roundId: round.id, projectId });
      feedback ??= em.create(ReleasedFeedback, {
        organizationId: actor.organizationId,
        roundId: round.id,
        projectId,
        roundOrdinal: round.ordinal,
      });
      feedback.textZh = zh;
      feedback.textEn = en;
      feedback.releasedBy = actor.userId;
      feedback.releasedAt = new Date();
      const saved = await em.save(feedback);
      await this.audit.byActor(
        em,
        actor,
        'feedback.released',
        { type: 'ReleasedFeedback', id: saved.id },
        { roundId: round.id, projectId },
      );
      return saved;
    });
  }

  /** Released feedback of a project the actor may see (NOT_FOUND otherwise), by round. */
  forProject(actor: Actor, projectId: string): Promise<ReleasedFeedback[]> {
    return this.tx.run(async (em) => {
      if (!isId(projectId) || !(await this.intake.visibleTo(em, actor, projectId)))
        throw DomainError.notFound('Project');
      return em.find(ReleasedFeedback, {
        where: { organizationId: actor.organizationId, projectId },
        order: { roundOrdinal: 'ASC' },
      });
    });
  }
}
