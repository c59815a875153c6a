import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  summary?: Record<string, unknown>;
}

/** Records audit events inside the caller's transaction, so the trail and the change commit together. */
@Injectable()
export class AuditLog {
  /** An actor's action on an object of their organisation. */
  byActor(
    manager: EntityManager,
    actor: Actor,
    action: string,
    object: { type: string; id: string },
    summary: Record<string, unknown> = {},
  ): Promise<void> {
    return this.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action,
      objectType: object.type,
      objectId: object.id,
      summary,
    });
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
        ...entry,
        objectId: entry.objectId ?? null,
        summary: entry.summary ?? {},
      }),
    );
  }
}
