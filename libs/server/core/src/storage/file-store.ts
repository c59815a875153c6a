import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { StorageDriver } from './storage-driver';
import { StoredFile } from './stored-file.entity';

export interface NewFile {
  organizationId: string;
  uploadedBy: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Files of a tenant: bytes in the storage driver, metadata in `stored_file`. */
@Injectable()
export class FileStore {
  constructor(private readonly storage: StorageDriver) {}

  /** Writes the bytes, then the row; the bytes are removed again if the row cannot be written. */
  async save(em: EntityManager, file: NewFile): Promise<StoredFile> {
    const id = randomUUID();
    const storageKey = `${file.organizationId}/${id}`;
    await this.storage.put(storageKey, file.bytes);
    try {
      return await em.save(
        em.create(StoredFile, {
          id,
          organizationId: file.organizationId,
          uploadedBy: file.uploadedBy,
          filename: file.filename,
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          storageKey,
        }),
      );
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** The file in this tenant, or NOT_FOUND (the same for absent and foreign files). */
  async get(em: EntityManager, organizationId: string, id: string): Promise<StoredFile> {
    const file = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOneBy(StoredFile, { id, organizationId }) : null;
    if (!file) throw DomainError.notFound('File');
    return file;
  }

  async read(file: StoredFile): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.storage.read(file.storageKey)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
