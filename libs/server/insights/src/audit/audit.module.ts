import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditTrail } from './audit-trail.service';

/** The audit trail: filters, a project's history and CSV export. */
@Module({ providers: [AuditTrail, AuditResolver] })
export class AuditTrailModule {}
