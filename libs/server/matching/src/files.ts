import { DomainError, ErrorCode, StoredFile } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';

/**
 * The files named in an input must be stored files of the organisation. A missing one — absent, or another
 * organisation's — is a VALIDATION error with reason FILE_NOT_FOUND naming each field.
 */
export async function requireFiles(
  em: EntityManager,
  organizationId: string,
  refs: { field: string; id: string | null | undefined }[],
): Promise<void> {
  const given = refs.filter((r): r is { field: string; id: string } => !!r.id);
  if (!given.length) return;
  const found = await em.find(StoredFile, {
    where: { organizationId, id: In([...new Set(given.map((r) => r.id))]) },
    select: { id: true },
  });
  const known = new Set(found.map((f) => f.id));
  const missing = given.filter((r) => !known.has(r.id));
  if (missing.length)
    throw new DomainError(ErrorCode.VALIDATION, 'A referenced file was not found: upload it again', {
      reason: 'FILE_NOT_FOUND',
      fields: missing.map((r) => ({ field: r.field, message: 'no such file' })),
    });
}
