import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { FileAccess, FileReader } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { ProjectAccess } from './project-access';
import { Project } from './project.entity';

/** A project's attachments are readable by whoever sees the project (`ProjectAccess`). */
@Injectable()
export class ProjectFiles implements FileReader, OnModuleInit {
  constructor(
    private readonly files: FileAccess,
    private readonly access: ProjectAccess,
  ) {}

  onModuleInit(): void {
    this.files.register(this);
  }

  async mayRead(em: EntityManager, actor: Actor, fileId: string): Promise<boolean> {
    const qb = em
      .createQueryBuilder(Project, 'p')
      .select('p.id')
      .where(':file = ANY(p.attachmentFileIds)', { file: fileId });
    await this.access.scope(em, actor, qb, 'p');
    return (await qb.getCount()) > 0;
  }
}
