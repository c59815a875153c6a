import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { FileAccess, FileReader } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { MatchingAccess } from '../access';
import { Deal } from './deal.entity';

/** A partner's members read the NDA and MoU of their partner's deals, as the deal shows them. */
@Injectable()
export class DealFiles implements FileReader, OnModuleInit {
  constructor(
    private readonly files: FileAccess,
    private readonly access: MatchingAccess,
  ) {}

  onModuleInit(): void {
    this.files.register(this);
  }

  async mayRead(em: EntityManager, actor: Actor, fileId: string): Promise<boolean> {
    const partners = await this.access.myPartnerIds(em, actor);
    if (!partners.length) return false;
    const mine = { organizationId: actor.organizationId, partnerId: In(partners) };
    return em.existsBy(Deal, [
      { ...mine, ndaFileId: fileId },
      { ...mine, mouFileId: fileId },
    ]);
  }
}
