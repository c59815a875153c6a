import { Actor } from '@sixcan/domain';
import { DomainError, ErrorCode, FileAccess } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';

/**
 * The files named in an input must be stored files the actor may read (their own uploads, say). A missing
 * one — absent, another organisation's, or not the actor's to read — is a VALIDATION error with reason
 * FILE_NOT_FOUND naming each field.
 */
export async function requireFiles(
  em: EntityManager,
  files: FileAccess,
  actor: Actor,
  refs: { field: string; id: string | null | undefined }[],
): Promise<void> {
  const given = refs.filter((r): r is { field: string; id: string } => !!r.id);
  if (!given.length) return;
  const known = await files.readable(
    em,
    actor,
    given.map((r) => r.id),
  );
  const missing = given.filter((r) => !known.has(r.id));
  if (missing.length)
    throw new DomainError(ErrorCode.VALIDATION, 'A referenced file was not found: upload it again', {
      reason: 'FILE_NOT_FOUND',
      fields: missing.map((r) => ({ field: r.field, message: 'no such file' })),
    });
}
