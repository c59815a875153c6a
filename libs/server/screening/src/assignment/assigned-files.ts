import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { FileAccess, FileReader, ScreeningIntake } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { ScreeningAccess } from '../access';
import { ReviewAssignment } from './review-assignment.entity';

/** A reviewer reads the attachments of the projects assigned to them, as their assignments show them. */
@Injectable()
export class AssignedFiles implements FileReader, OnModuleInit {
  constructor(
    private readonly files: FileAccess,
    private readonly access: ScreeningAccess,
    private readonly intake: ScreeningIntake,
  ) {}

  onModuleInit(): void {
    this.files.register(this);
  }

  async mayRead(em: EntityManager, actor: Actor, fileId: string): Promise<boolean> {
    const reviewer = await this.access.reviewerOf(em, actor);
    if (!reviewer) return false;
    const projectIds = await this.intake.withAttachment(em, actor.organizationId, fileId);
    return (
      projectIds.length > 0 &&
      em.existsBy(ReviewAssignment, {
        organizationId: actor.organizationId,
        reviewerProfileId: reviewer.id,
        projectId: In(projectIds),
      })
    );
  }
}
