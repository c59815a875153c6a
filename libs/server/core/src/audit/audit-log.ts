import { Injectable } from '@nestjs/common';
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
